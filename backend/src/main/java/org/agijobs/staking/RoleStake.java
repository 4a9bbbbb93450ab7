package org.agijobs.staking;

import java.util.List;

import org.agijobs.ledger.Money;

/** What a participant sees of one role's stake: balances, the current minimum, and withdrawals in flight. */
public record RoleStake(StakeBalance balance, Money minimum, List<StakeWithdrawal> pendingWithdrawals) {

    public RoleStake {
        pendingWithdrawals = List.copyOf(pendingWithdrawals);
    }

    public StakeRole role() {
        return balance.role();
    }
}
