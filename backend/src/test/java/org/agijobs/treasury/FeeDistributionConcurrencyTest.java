package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many owners distribute at once while fees keep arriving: the runs queue on the pool, each pays only what the
 * previous one left, and the books balance to the last unit.
 */
@ApiTest
class FeeDistributionConcurrencyTest {

    private static final int RUNS = 16;
    private static final int FEE_PAYMENTS = 16;
    private static final Money FEE = Money.of("0.333333333333333333");

    @Autowired
    TreasuryFixture fixture;

    @Autowired
    FeeDistributionService fees;

    @Test
    void concurrentRunsNeverPayTheSameMoneyTwice() throws Exception {
        List<Participant> stakers = List.of(fixture.platformStaker("racer.a", "1000"),
                fixture.platformStaker("racer.b", "2000"), fixture.platformStaker("racer.c", "3000"));
        fixture.fundPool(Money.of("1000.000000000000000007"));
        Money poolBefore = fixture.balance(AccountRef.FEE_POOL);
        Money treasuryBefore = fixture.balance(AccountRef.TREASURY);
        List<Money> walletsBefore = stakers.stream().map(fixture::wallet).toList();
        Caller owner = new Caller("subject-of-racing-owner", "racing.owner", "Racing owner", Set.of(Role.OWNER));

        List<Callable<FeeDistribution>> work = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String key = "race-" + i + "-" + System.nanoTime();
            work.add(() -> fees.distributeFees(owner, key));
        }
        for (int i = 0; i < FEE_PAYMENTS; i++) {
            work.add(() -> {
                fixture.fundPool(FEE);
                return null;
            });
        }
        List<FeeDistribution> runs = runTogether(work);

        assertThat(runs).hasSize(RUNS);
        Money poolAfter = fixture.balance(AccountRef.FEE_POOL);
        Money paid = runs.stream().map(run -> run.paidOut().plus(run.toTreasury())).reduce(Money.ZERO, Money::plus);
        Money feesPaidIn = new Money(FEE.value().multiply(BigDecimal.valueOf(FEE_PAYMENTS)));
        // Everything that was in the pool or came in was either paid out exactly once or is still there.
        assertThat(paid.plus(poolAfter)).isEqualTo(poolBefore.plus(feesPaidIn));
        for (FeeDistribution run : runs) {
            assertThat(run.paidOut().plus(run.toTreasury()).plus(run.kept())).isEqualTo(run.pool());
            assertThat(fixture.movedOutOfPool(run.id())).isEqualByComparingTo(run.paidOut().plus(run.toTreasury()).value());
        }
        assertThat(fixture.ledgerTotal()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(fixture.negativeAccounts()).isZero();
        for (int i = 0; i < stakers.size(); i++) {
            Participant staker = stakers.get(i);
            Money received = fixture.wallet(staker).minus(walletsBefore.get(i));
            Money sharesListed = runs.stream()
                    .flatMap(run -> fees.sharesOf(List.of(run.id())).get(run.id()).stream())
                    .filter(share -> share.participantId().equals(staker.id()))
                    .map(FeeShare::amount).reduce(Money.ZERO, Money::plus);
            assertThat(received).isEqualTo(sharesListed);
            assertThat(received.isPositive()).isTrue();
        }
        assertThat(fixture.balance(AccountRef.TREASURY)).isEqualTo(treasuryBefore);
    }

    @Test
    void concurrentRunsOverAFixedPoolPayItOutOnceAndTheRestSeeOnlyTheRemainder() throws Exception {
        fixture.platformStaker("chain.a", "1");
        fixture.fundPool(Money.of("77.000000000000000001"));
        Money poolBefore = fixture.balance(AccountRef.FEE_POOL);
        Caller owner = new Caller("subject-of-chain-owner", "chain.owner", "Chain owner", Set.of(Role.OWNER));

        List<Callable<FeeDistribution>> work = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            work.add(() -> fees.distributeFees(owner, null));
        }
        List<FeeDistribution> runs = new ArrayList<>(runTogether(work));

        // In the order the runs took the pool's lock, each one's pool is what the one before kept.
        runs.sort(Comparator.comparing(FeeDistribution::pool).reversed()
                .thenComparing(Comparator.comparing(FeeDistribution::kept).reversed()));
        assertThat(runs.getFirst().pool()).isEqualTo(poolBefore);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).pool()).isEqualTo(runs.get(i - 1).kept());
        }
        assertThat(fixture.balance(AccountRef.FEE_POOL)).isEqualTo(runs.getLast().kept());
        Money paid = runs.stream().map(run -> run.paidOut().plus(run.toTreasury())).reduce(Money.ZERO, Money::plus);
        assertThat(paid.plus(runs.getLast().kept())).isEqualTo(poolBefore);
        assertThat(fixture.ledgerTotal()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /** Starts every task at the same moment and returns the non-null results; any failure fails the test. */
    private static <T> List<T> runTogether(List<Callable<T>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(work.size())) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : work) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                T result = future.get();
                if (result != null) {
                    results.add(result);
                }
            }
            return results;
        }
    }
}
