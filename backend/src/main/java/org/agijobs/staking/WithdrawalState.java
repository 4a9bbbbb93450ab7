package org.agijobs.staking;

/** A stake withdrawal waits in REQUESTED through the unbonding period; finalizing pays it out once. */
public enum WithdrawalState {
    REQUESTED, FINALIZED
}
