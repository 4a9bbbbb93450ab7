package org.agijobs.treasury.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.StakeService;
import org.agijobs.treasury.FeeDistribution;
import org.agijobs.treasury.FeeDistributionTrigger;
import org.agijobs.treasury.FeesDistributed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effect of one distribution, inside the caller's transaction: take the fee pool's lock, read what it holds
 * and who holds platform stake, pay the split, record the run. Because the pool is read only under its lock,
 * concurrent runs (the schedule on one instance, an owner on another) queue, and each pays only what the
 * previous one left: no amount is paid twice.
 */
@Component
public class FeeDistributor {

    /** The ledger reason of every transfer out of the pool; the reference is the run's id. */

    private final Ledger ledger;
    private final StakeService staking;
    private final DistributionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeeDistributor(Ledger ledger, StakeService staking, DistributionStore store, ApplicationEventPublisher events,
            Clock clock) {
        this.ledger = ledger;
        this.staking = staking;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public FeeDistribution distribute(FeeDistributionTrigger trigger, @Nullable String actor) {
        ledger.lock(List.of(AccountRef.FEE_POOL));
        FeeSplit split = FeeSplit.of(ledger.balanceOf(AccountRef.FEE_POOL), staking.platformStakes());
        // The pool sorts before TREASURY and every WALLET, so taking it first keeps the ledger's global order.
        ledger.lock(accountsPaid(split));
        UUID id = UUID.randomUUID();
        for (FeeSplit.Share share : split.shares()) {
            ledger.transfer(AccountRef.FEE_POOL, AccountRef.wallet(share.participant()), share.amount(), LedgerReason.FEE_DISTRIBUTION,
                    id.toString());
        }
        if (split.toTreasury().isPositive()) {
            ledger.transfer(AccountRef.FEE_POOL, AccountRef.TREASURY, split.toTreasury(), LedgerReason.FEE_DISTRIBUTION, id.toString());
        }
        FeeDistribution run = new FeeDistribution(id, clock.instant().truncatedTo(ChronoUnit.MICROS), trigger, actor,
                split.pool(), split.totalStake(), split.paidOut(), split.toTreasury(), split.kept(),
                split.shares().size());
        store.insert(run, split.shares());
        events.publishEvent(new FeesDistributed(run));
        return run;
    }

    private static List<AccountRef> accountsPaid(FeeSplit split) {
        List<AccountRef> accounts = new ArrayList<>();
        accounts.add(AccountRef.FEE_POOL);
        if (split.toTreasury().isPositive()) {
            accounts.add(AccountRef.TREASURY);
        }
        split.shares().forEach(share -> accounts.add(AccountRef.wallet(share.participant())));
        return accounts;
    }
}
