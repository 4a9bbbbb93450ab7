/**
 * Staking: role stake (agent, validator, platform) moved from the wallet, locks that hold it for jobs and
 * committees, slashes split between employer, burn and treasury, and withdrawals through an unbonding period.
 * The money lives only in ledger accounts; this module decides when it may move.
 */
@ApplicationModule(displayName = "Staking")
package org.agijobs.staking;

import org.springframework.modulith.ApplicationModule;
