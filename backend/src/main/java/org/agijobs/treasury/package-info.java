/**
 * Treasury: the fee pool and its distribution. Each epoch (and whenever an owner asks) the pool is paid pro rata
 * to the platform stakers' wallets, or to the treasury when nobody holds platform stake; every run is recorded.
 * Money moves only through the ledger; the weights come from the staking module.
 */
@ApplicationModule(displayName = "Treasury")
package org.agijobs.treasury;

import org.springframework.modulith.ApplicationModule;
