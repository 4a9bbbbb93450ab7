/**
 * Settlement: the one transaction that pays out a job once its outcome is final (the tally's after an
 * undisputed challenge window, or a moderator's or owner's ruling): the agent's payout or the employer's
 * refund, the fee to the fee pool and its burn, validator rewards to the outcome side, slashes, unlocking.
 * It runs exactly once per job; other modules (reputation, certificates) react to {@link JobSettled} inside
 * that same transaction.
 */
@ApplicationModule(displayName = "Settlement")
package org.agijobs.settlement;

import org.springframework.modulith.ApplicationModule;
