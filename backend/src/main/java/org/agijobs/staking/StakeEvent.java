package org.agijobs.staking;

/** Marker of the staking module's events, all published inside the transaction that caused them. */
public sealed interface StakeEvent permits StakeDeposited, StakeWithdrawalRequested, StakeWithdrawn,
        StakeLocked, StakeReleased, StakeSlashed {
}
