/**
 * Settlement: the one transaction that pays out a job once its outcome is final (the tally's after an
 * undisputed challenge window, or a moderator's or owner's ruling): the agent's payout or the employer's
 * refund, the fee to the fee pool and its burn, validator rewards to the outcome side, slashes, unlocking.
 * It runs exactly once per job; other modules (reputation, certificates) record it inside that same transaction
 * through the {@link SettlementRecorder} port this module owns.
 */
@ApplicationModule(displayName = "Settlement")
package org.agijobs.settlement;

import org.springframework.modulith.ApplicationModule;
