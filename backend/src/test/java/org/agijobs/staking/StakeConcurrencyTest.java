package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.ledger.LedgerHealth;
import org.agijobs.ledger.LedgerService;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many requests for one participant at once: the ledger's row locks and non-negative check keep the stake from
 * being over-committed, the staking lock keeps deposits and withdrawal requests within the minimum, and the
 * lock records agree with the ledger's locked and unbonding accounts afterwards.
 */
@ApiTest
class StakeConcurrencyTest {

    private static final int THREADS = 6;
    private static final String OK = "OK";
    private static final Money SLICE = Money.of(30);

    @Autowired
    StakingFixture fixture;

    @Autowired
    StakeService staking;

    @Autowired
    LedgerService ledger;

    @Autowired
    JdbcClient jdbc;

    StakingApi api;

    @BeforeEach
    void api() {
        api = fixture.api();
    }

    @Test
    void concurrentLocksDepositsAndWithdrawalRequestsNeverOverCommitTheStake() throws Exception {
        Participant agent = fixture.fundedStaker("contended.agent", "1100", "agent");
        api.deposit(agent.token(), "AGENT", "1000", null);
        List<Callable<Outcome>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String reference = "job-" + i;
            calls.add(() -> new Outcome("lock", lock(agent, reference, SLICE)));
            calls.add(() -> new Outcome("withdraw", code(api.requestWithdrawal(agent.token(), "AGENT", "30", null),
                    "requestStakeWithdrawal")));
        }
        for (int i = 0; i < 10; i++) {
            calls.add(() -> new Outcome("deposit", code(api.deposit(agent.token(), "AGENT", "10", null),
                    "depositStake")));
        }
        Collections.shuffle(calls, new Random(7));

        List<Outcome> outcomes = runTogether(calls);

        long locks = outcomes.stream().filter(o -> o.is("lock", OK)).count();
        long withdrawals = outcomes.stream().filter(o -> o.is("withdraw", OK)).count();
        assertThat(outcomes).filteredOn(o -> o.kind().equals("deposit")).extracting(Outcome::result).containsOnly(OK);
        assertThat(outcomes).extracting(Outcome::result).containsOnly(OK, "INSUFFICIENT_FUNDS");
        assertThat(locks + withdrawals).as("the free stake only runs out below one slice").isBetween(33L, 36L);
        StakeBalance stake = staking.stakeOf(agent.id(), StakeRole.AGENT);
        assertThat(stake.locked()).isEqualTo(times(locks));
        assertThat(stake.unbonding()).isEqualTo(times(withdrawals));
        assertThat(stake.free()).isEqualTo(Money.of(1100).minus(times(locks + withdrawals)));
        assertThat(stake.free().isNegative()).isFalse();
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.ZERO);
        assertThat(lockedInRecords(agent)).isEqualTo(stake.locked());
        assertThat(unbondingInRecords(agent)).isEqualTo(stake.unbonding());
        assertBooksBalance();
    }

    @Test
    void withdrawalRequestsWaitForEachOtherSoTheSecondSeesTheFirst() throws Exception {
        Participant agent = fixture.fundedStaker("hurried.agent", "200", "agent");
        api.deposit(agent.token(), "AGENT", "200", null);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Callable<Outcome> withdraw = () -> new Outcome("withdraw",
                code(api.requestWithdrawal(agent.token(), "AGENT", "60", null), "requestStakeWithdrawal"));

        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            // A settlement-like transaction holds the stake account's row while both requests read their balances.
            Future<?> settlement = pool.submit(() -> fixture.inTransaction(() -> {
                staking.lock(agent.id(), StakeRole.AGENT, Money.of(1), "slow-settlement");
                holding.countDown();
                awaitQuietly(release);
            }));
            holding.await();
            Future<Outcome> first = pool.submit(withdraw);
            Future<Outcome> second = pool.submit(withdraw);
            await().atMost(Duration.ofSeconds(30)).until(() -> sessionsWaitingForLocks() >= 2);
            release.countDown();
            settlement.get();

            assertThat(List.of(first.get().result(), second.get().result()))
                    .containsExactlyInAnyOrder(OK, "INVALID_INPUT");
        }
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT))
                .isEqualTo(new StakeBalance(StakeRole.AGENT, Money.of(139), Money.of(1), Money.of(60)));
    }

    @Test
    void concurrentLocksOfOneReferenceLockOnce() throws Exception {
        Participant agent = fixture.fundedStaker("double-booked.agent", "100", "agent");
        api.deposit(agent.token(), "AGENT", "100", null);
        List<StakeLock> locks = Collections.synchronizedList(new ArrayList<>());
        Callable<Outcome> lock = () -> {
            locks.add(fixture.transact(() -> staking.lock(agent.id(), StakeRole.AGENT, Money.of(10), "the-job")));
            return new Outcome("lock", OK);
        };

        runTogether(Collections.nCopies(12, lock));

        assertThat(locks).hasSize(12).extracting(StakeLock::id).containsOnly(locks.getFirst().id());
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT).locked()).isEqualTo(Money.of(10));
    }

    private record Outcome(String kind, String result) {

        boolean is(String kind, String result) {
            return this.kind.equals(kind) && this.result.equals(result);
        }
    }

    private String lock(Participant agent, String reference, Money amount) {
        try {
            fixture.inTransaction(() -> staking.lock(agent.id(), StakeRole.AGENT, amount, reference));
            return OK;
        } catch (DomainException refused) {
            return refused.code().name();
        }
    }

    private static String code(ClientGraphQlResponse response, String mutation) {
        List<String> codes = StakingApi.codes(response, mutation);
        return codes.isEmpty() ? OK : String.join(",", codes);
    }

    /** Starts every call at once from a gate, so they really overlap, and waits for all of them. */
    private static List<Outcome> runTogether(List<Callable<Outcome>> calls) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (Callable<Outcome> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }

    private int sessionsWaitingForLocks() {
        return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and datname = current_database()").query(Integer.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Money lockedInRecords(Participant agent) {
        return new Money(jdbc.sql("select coalesce(sum(amount), 0) from stake_lock"
                        + " where participant_id = :id and released_at is null")
                .param("id", agent.id()).query(BigDecimal.class).single());
    }

    private Money unbondingInRecords(Participant agent) {
        return new Money(jdbc.sql("select coalesce(sum(amount), 0) from stake_withdrawal"
                        + " where participant_id = :id and state = 'REQUESTED'")
                .param("id", agent.id()).query(BigDecimal.class).single());
    }

    private void assertBooksBalance() {
        LedgerHealth health = ledger.health(new Caller("auditor", "auditor", "Auditor", Set.of(Role.OWNER)));
        assertThat(health.balanced()).isTrue();
        assertThat(health.negativeAccountCount()).isZero();
        assertThat(health.unreconciledAccountCount()).isZero();
    }

    private static Money times(long count) {
        return new Money(SLICE.value().multiply(BigDecimal.valueOf(count)));
    }
}
