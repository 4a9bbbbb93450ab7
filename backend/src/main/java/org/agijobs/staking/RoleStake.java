package org.agijobs.staking;

import java.util.List;

import org.agijobs.platform.money.Money;

/**
 * What a participant sees of one role's stake: the balances, the role's current minimum and the withdrawals
 * still unbonding, soonest available first.
 */
public record RoleStake(StakeRole role, Money free, Money locked, Money unbonding, Money minimum,
        List<StakeWithdrawal> pendingWithdrawals) {

    public RoleStake {
        pendingWithdrawals = List.copyOf(pendingWithdrawals);
    }

    /** Free plus locked: the stake that counts for the minimum. */
    public Money bonded() {
        return free.plus(locked);
    }
}
