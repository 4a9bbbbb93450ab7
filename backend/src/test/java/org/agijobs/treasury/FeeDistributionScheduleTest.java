package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.agijobs.parameters.Parameter;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.treasury.internal.FeeDistributionSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code fee-distribution} execution: one row, created at start-up if missing, run by the scheduler when due,
 * and moved one epoch (as governed at that moment) past each run. Other tests' executions come due with it and
 * settle fees into the pool, so the checks are about this test's run, not about the pool as a whole.
 */
@ApiTest
class FeeDistributionScheduleTest {

    @Autowired
    TreasuryFixture fixture;

    @Autowired
    FeeDistributionSchedule schedule;

    @Autowired
    FeeDistributionService fees;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DueExecutions due;

    @Test
    void theApplicationStartsWithExactlyOneExecutionAndStartingAgainNeitherAddsNorMovesIt() {
        List<Instant> atStart = executionTimes();
        assertThat(atStart).hasSize(1);

        assertThat(schedule.ensureScheduled()).isFalse();

        assertThat(executionTimes()).isEqualTo(atStart);
    }

    @Test
    void instancesStartingTogetherCreateTheMissingExecutionOnceOneEpochAhead() {
        jdbc.sql("delete from scheduled_tasks where task_name = :task and not picked")
                .param("task", FeeDistributionSchedule.TASK.getTaskName()).update();
        Instant before = clock.instant();

        // an epoch unlike the default, so the new execution shows it was governed at creation
        fixture.withParameter(Parameter.FEE_DISTRIBUTION_EPOCH, "P7D",
                () -> assertThat(startingTogether(8)).containsOnlyOnce(true));

        Instant after = clock.instant();
        assertThat(executionTimes()).singleElement().satisfies(time -> assertThat(time).isBetween(
                before.plus(Duration.ofDays(7)).minusMillis(1), after.plus(Duration.ofDays(7)).plusMillis(1)));
    }

    @Test
    void whenDueTheSchedulerDistributesThePoolAndMovesTheExecutionOneEpochPastTheRun() {
        due.run();
        Participant staker = fixture.platformStaker("scheduled.staker", "50");
        fixture.fundPool(Money.of("12.5"));
        Money walletBefore = fixture.wallet(staker);
        Set<UUID> earlierRuns = fixture.runIds();
        Instant next = executionTimes().getFirst();

        clock.advance(Duration.between(clock.instant(), next.minusSeconds(30)));
        due.run();
        assertThat(fixture.runIds()).isEqualTo(earlierRuns);

        clock.advance(Duration.between(clock.instant(), next).plusSeconds(1));
        Instant before = clock.instant();
        due.run();
        Instant after = clock.instant();

        Set<UUID> newRuns = new HashSet<>(fixture.runIds());
        newRuns.removeAll(earlierRuns);
        assertThat(newRuns).hasSize(1);
        FeeDistribution run = fees.distribution(owner(), newRuns.iterator().next()).orElseThrow();
        assertThat(run.trigger()).isEqualTo(FeeDistributionTrigger.SCHEDULED);
        assertThat(run.actor()).isNull();
        assertThat(run.pool().compareTo(Money.of("12.5"))).isNotNegative();
        assertThat(run.paidOut().plus(run.toTreasury()).plus(run.kept())).isEqualTo(run.pool());
        assertThat(fixture.movedOutOfPool(run.id())).isEqualByComparingTo(run.paidOut().plus(run.toTreasury()).value());
        assertThat(run.recipients()).isPositive();
        assertThat(fixture.wallet(staker)).isNotEqualTo(walletBefore);
        // PostgreSQL keeps microseconds: the stored time may lie up to 1 µs below the clock's nanosecond reading.
        assertThat(executionTimes()).singleElement().satisfies(time -> assertThat(time).isBetween(
                before.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS), after.plus(Duration.ofDays(1))));
    }

    @Test
    void aGovernanceChangeOfTheEpochAppliesFromTheNextRun() {
        due.run();
        clock.advance(Duration.between(clock.instant(), executionTimes().getFirst()).plusSeconds(1));
        Instant before = clock.instant();

        fixture.withParameter(Parameter.FEE_DISTRIBUTION_EPOCH, "PT6H", due::run);

        Instant after = clock.instant();
        assertThat(executionTimes()).singleElement().satisfies(time -> assertThat(time).isBetween(
                before.plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MICROS), after.plus(Duration.ofHours(6))));
    }

    private List<Boolean> startingTogether(int instances) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(instances)) {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return schedule.ensureScheduled();
                }));
            }
            start.countDown();
            List<Boolean> created = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                created.add(future.get());
            }
            return created;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Instant> executionTimes() {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = :task and task_instance = :instance")
                .param("task", FeeDistributionSchedule.TASK.getTaskName())
                .param("instance", FeeDistributionSchedule.INSTANCE)
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
    }

    private static Caller owner() {
        return new Caller("subject-of-schedule-owner", "schedule.owner", "Owner", Set.of(Role.OWNER));
    }
}
