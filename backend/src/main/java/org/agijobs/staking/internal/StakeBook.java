package org.agijobs.staking.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.parameters.Parameters;
import org.agijobs.ledger.Ledger;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.RoleStake;
import org.agijobs.staking.StakeBalance;
import org.agijobs.staking.StakeLock;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeWithdrawal;
import org.springframework.stereotype.Component;

/** Reads stake from the ledger accounts and the lock and withdrawal records. */
@Component
public class StakeBook {

    /** Only to name an account kind through {@link StakeAccounts}. */
    private static final UUID ZERO_ID = new UUID(0, 0);

    private final Ledger ledger;
    private final Parameters parameters;
    private final WithdrawalStore withdrawals;
    private final LockStore locks;

    StakeBook(Ledger ledger, Parameters parameters, WithdrawalStore withdrawals, LockStore locks) {
        this.ledger = ledger;
        this.parameters = parameters;
        this.withdrawals = withdrawals;
        this.locks = locks;
    }

    public StakeBalance balance(UUID participant, StakeRole role) {
        Money locked = role.lockable() ? ledger.balanceOf(StakeAccounts.locked(participant, role)) : Money.ZERO;
        return new StakeBalance(role, ledger.balanceOf(StakeAccounts.free(participant, role)), locked,
                ledger.balanceOf(StakeAccounts.unbonding(participant, role)));
    }

    public Map<UUID, Money> freeStakes(StakeRole role) {
        return ledger.positiveBalancesOf(StakeAccounts.free(ZERO_ID, role).kind());
    }

    /** Free + locked over every role: what {@code MAX_STAKE_PER_ADDRESS} caps. */
    Money bondedAcrossRoles(UUID participant) {
        return Arrays.stream(StakeRole.values())
                .map(role -> balance(participant, role).bonded())
                .reduce(Money.ZERO, Money::plus);
    }

    /** One entry per role, in the enum's order, with that role's pending withdrawals. */
    public List<RoleStake> stakesOf(UUID participant) {
        List<StakeWithdrawal> pending = withdrawals.pending(participant);
        return Arrays.stream(StakeRole.values()).map(role -> roleStake(participant, role, pending)).toList();
    }

    public RoleStake stakeOf(UUID participant, StakeRole role) {
        return roleStake(participant, role, withdrawals.pending(participant));
    }

    private RoleStake roleStake(UUID participant, StakeRole role, List<StakeWithdrawal> pending) {
        StakeBalance balance = balance(participant, role);
        return new RoleStake(role, balance.free(), balance.locked(), balance.unbonding(),
                parameters.money(role.minimum()), pending.stream().filter(w -> w.role() == role).toList());
    }

    public List<StakeLock> activeLocks(UUID participant) {
        return locks.active(participant);
    }

    public Optional<StakeWithdrawal> withdrawal(UUID id) {
        return withdrawals.find(id);
    }
}
