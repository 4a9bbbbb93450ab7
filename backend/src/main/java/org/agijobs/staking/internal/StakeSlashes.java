package org.agijobs.staking.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.SettlementPlan;
import org.agijobs.staking.StakeLock;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeSlash;
import org.agijobs.staking.StakeSlashed;
import org.agijobs.staking.StakeWithdrawal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Takes slashed stake and pays it out by the slash split, as {@link SlashPlan} computes it. */
@Component
public class StakeSlashes {

    private final Ledger ledger;
    private final Parameters parameters;
    private final StakeBook book;
    private final LockStore locks;
    private final WithdrawalStore withdrawals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StakeSlashes(Ledger ledger, Parameters parameters, StakeBook book, LockStore locks, WithdrawalStore withdrawals,
            ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.parameters = parameters;
        this.book = book;
        this.locks = locks;
        this.withdrawals = withdrawals;
        this.events = events;
        this.clock = clock;
    }

    public StakeSlash slash(UUID participant, StakeRole role, String reference, Money amount, UUID employer) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A slash can't be negative: " + amount);
        }
        Optional<StakeLock> lock = role.lockable() ? locks.findActiveForUpdate(participant, role, reference)
                : Optional.empty();
        List<StakeWithdrawal> pending = withdrawals.pendingForUpdate(participant, role);
        // Staking's rows first, then every ledger account of the slash at once (as finalize and release do):
        // the free balance read below can't change before the transfers, and concurrent slashes can't deadlock.
        ledger.lock(accounts(participant, role, employer));
        Money unbonding = pending.stream().map(StakeWithdrawal::amount).reduce(Money.ZERO, Money::plus);
        SlashPlan plan = SlashPlan.of(participant, role, employer, amount,
                lock.map(StakeLock::amount).orElse(Money.ZERO), book.balance(participant, role).free(), unbonding,
                parameters.basisPoints(Parameter.SLASH_EMPLOYER_PCT), parameters.basisPoints(Parameter.SLASH_BURN_PCT));
        lock.ifPresent(held -> locks.reduceTo(held.id(), held.amount().minus(plan.fromLocked())));
        shrink(pending, plan.fromUnbonding());
        for (SettlementPlan.Leg leg : plan.legs()) {
            ledger.transfer(leg.from(), leg.to(), leg.amount(), leg.reason(), reference);
        }
        Money slashed = plan.slashed();
        StakeSlash slash = new StakeSlash(participant, role, reference, amount, slashed, plan.fromLocked(),
                plan.fromFree(), plan.fromUnbonding(), employer, plan.toEmployer(), plan.burned(), plan.toTreasury());
        if (slashed.isPositive()) {
            events.publishEvent(new StakeSlashed(slash, Rows.now(clock)));
        }
        return slash;
    }

    private static List<AccountRef> accounts(UUID participant, StakeRole role, UUID employer) {
        List<AccountRef> accounts = new ArrayList<>(List.of(StakeAccounts.free(participant, role),
                StakeAccounts.unbonding(participant, role), AccountRef.BURN, AccountRef.TREASURY));
        if (role.lockable()) {
            accounts.add(StakeAccounts.locked(participant, role));
        }
        if (employer != null) {
            accounts.add(AccountRef.payee(employer));
        }
        return accounts;
    }

    /** Newest withdrawals first: the one due soonest keeps its amount the longest. */
    private void shrink(List<StakeWithdrawal> newestFirst, Money amount) {
        Money rest = amount;
        for (StakeWithdrawal withdrawal : newestFirst) {
            if (!rest.isPositive()) {
                return;
            }
            Money take = rest.isLessThan(withdrawal.amount()) ? rest : withdrawal.amount();
            withdrawals.shrinkTo(withdrawal.id(), withdrawal.amount().minus(take));
            rest = rest.minus(take);
        }
    }
}
