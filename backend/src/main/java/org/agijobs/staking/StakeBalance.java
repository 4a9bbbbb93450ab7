package org.agijobs.staking;

import org.agijobs.platform.money.Money;

/**
 * A participant's stake in one role, as the ledger holds it: free (may be locked or withdrawn), locked (held
 * for jobs, committees or disputes) and unbonding (requested for withdrawal, not yet finalized).
 */
public record StakeBalance(StakeRole role, Money free, Money locked, Money unbonding) {

    /** Free plus locked: the stake that counts for minimums, eligibility and the per-address cap. */
    public Money bonded() {
        return free.plus(locked);
    }
}
