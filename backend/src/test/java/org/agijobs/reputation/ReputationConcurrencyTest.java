package org.agijobs.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.JobSettled;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.agijobs.settlement.SettlementRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.publisher.Mono;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settlements of the same agent's jobs in parallel transactions: each sees the score the other committed. Without
 * the row lock on the score, the burst loses updates (seen here: 3 of 5 successes computed from a stale score).
 */
@ApiTest
class ReputationConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    JobsFixture fixture;

    @Autowired
    List<SettlementRecorder> recorders;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSettlementWaitsForTheOneHoldingTheAgentsScoreAndBuildsOnIt() throws Exception {
        var world = new ReputationWorld(fixture, recorders, transactionManager);
        Participant employer = fixture.employer("parallel.employer", "0");
        Participant agent = fixture.participant("parallel.agent", "0", "agent");
        Participant validator = fixture.participant("parallel.validator", "0", "validator");
        // both score rows exist before the race, so it is the row lock, not the first insert, that orders it
        world.settle(world.settlement(world.job(employer, "1000"), employer, agent, true, "1000", 0,
                List.of(ReputationWorld.verdict(validator, JobSettled.Verdict.ON_OUTCOME_SIDE))));
        JobSettled first = world.settlement(world.job(employer, "1000"), employer, agent, true, "1000", 0,
                List.of(ReputationWorld.verdict(validator, JobSettled.Verdict.ON_OUTCOME_SIDE)));
        JobSettled second = world.settlement(world.job(employer, "1000"), employer, agent, true, "1000", 0,
                List.of(ReputationWorld.verdict(validator, JobSettled.Verdict.ON_OUTCOME_SIDE)));
        var transactions = new TransactionTemplate(transactionManager);
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> holder = pool.submit(() -> transactions.executeWithoutResult(status -> {
                recorders.forEach(recorder -> recorder.record(first));
                firstApplied.countDown();
                await(releaseFirst);
            }));
            await(firstApplied);
            Future<?> waiter = pool.submit(() -> world.settle(second));
            awaitBlockedOnTheScoreRow();
            releaseFirst.countDown();
            holder.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            waiter.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        // 0 -> 33 -> 66 -> 99: the waiting settlement built on the score the first one committed, not on 33
        assertThat(scoreAfter(agent.id(), "AGENT")).containsExactlyInAnyOrder(33L, 66L, 99L);
        assertThat(scoreAfter(validator.id(), "VALIDATOR")).containsExactlyInAnyOrder(2L, 4L, 6L);
        Participant reader = fixture.participant("parallel.reader", "0", "integrator");
        assertThat(world.standing(reader, agent).agent()).isEqualTo(99);
        assertThat(world.standing(reader, validator).validator()).isEqualTo(6);
        assertThat(world.standing(reader, employer).employerSettledJobs()).isEqualTo(3);
    }

    @Test
    void manySimultaneousSettlementsOfOneAgentApplyOneAfterTheOther() throws Exception {
        var world = new ReputationWorld(fixture, recorders, transactionManager);
        Participant employer = fixture.employer("burst.employer", "0");
        Participant agent = fixture.participant("burst.agent", "0", "agent");
        List<JobSettled> settlements = new ArrayList<>();
        world.settle(world.settlement(world.job(employer, "1000"), employer, agent, true, "1000", 0, List.of()));
        for (int i = 0; i < 5; i++) {
            settlements.add(world.settlement(world.job(employer, "1000"), employer, agent, true, "1000", 0, List.of()));
        }
        CountDownLatch start = new CountDownLatch(1);

        try (ExecutorService pool = Executors.newFixedThreadPool(settlements.size())) {
            List<CompletableFuture<Void>> running = settlements.stream().map(settled -> CompletableFuture.runAsync(() -> {
                await(start);
                world.settle(settled);
            }, pool)).toList();
            start.countDown();
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        // each success of 34 points adds 33 while the damping is below one point: 33, 66, ..., 198
        assertThat(scoreAfter(agent.id(), "AGENT")).containsExactlyInAnyOrder(33L, 66L, 99L, 132L, 165L, 198L);
        assertThat(jdbc.sql("select score from reputation_score where participant_id = :id and role = 'AGENT'")
                .param("id", agent.id()).query(Long.class).single()).isEqualTo(198);
        assertThat(jdbc.sql("select settled_jobs from employer_record where employer_id = :id")
                .param("id", employer.id()).query(Long.class).single()).isEqualTo(6);
    }

    private List<Long> scoreAfter(UUID participant, String role) {
        return jdbc.sql("select score_after from reputation_change where participant_id = :id and role = :role")
                .param("id", participant).param("role", role).query(Long.class).list();
    }

    /** Until a backend session waits for a row lock while touching a reputation score. */
    private void awaitBlockedOnTheScoreRow() {
        Long waiting = Mono.fromSupplier(() -> jdbc.sql("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query like '%reputation_score%'").query(Long.class).single())
                .filter(count -> count > 0)
                .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofMillis(20)))
                .timeout(PATIENCE, Mono.empty())
                .block();
        if (waiting == null) {
            throw new AssertionError("The second settlement never waited for the first one's lock");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("Timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
