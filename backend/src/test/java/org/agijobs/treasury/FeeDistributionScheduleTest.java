package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import org.agijobs.governance.Parameter;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.treasury.internal.FeeDistributionSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code fee-distribution} execution: one row, created at start-up if missing, run by the scheduler when due,
 * and moved one epoch (as governed at that moment) past each run. The scheduler here runs with its own clock,
 * set far beyond {@link TreasuryFixture#PARKED}, so that no other test context's scheduler finds the execution
 * due afterwards.
 */
@TreasuryTest
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
    DataSource dataSource;

    @Autowired
    List<Task<?>> tasks;

    @BeforeEach
    void noBackgroundRuns() {
        fixture.holdScheduledRuns();
    }

    @AfterEach
    void parkAgain() {
        fixture.holdScheduledRuns();
    }

    @Test
    void theApplicationStartsWithExactlyOneExecutionAndStartingAgainNeitherAddsNorMovesIt() {
        assertThat(executionTimes()).containsExactly(TreasuryFixture.PARKED);

        assertThat(schedule.ensureScheduled()).isFalse();

        assertThat(executionTimes()).containsExactly(TreasuryFixture.PARKED);
    }

    @Test
    void instancesStartingTogetherCreateTheMissingExecutionOnceOneEpochAhead() {
        jdbc.sql("delete from scheduled_tasks where task_name = :task and not picked")
                .param("task", FeeDistributionSchedule.TASK.getTaskName()).update();
        Instant before = Instant.now();

        // A year's epoch keeps the new execution beyond the clocks of other test contexts' polling schedulers.
        fixture.withParameter(Parameter.FEE_DISTRIBUTION_EPOCH, "P365D",
                () -> assertThat(startingTogether(8)).containsOnlyOnce(true));

        Instant after = Instant.now();
        assertThat(executionTimes()).singleElement().satisfies(time -> assertThat(time).isBetween(
                before.plus(Duration.ofDays(365)).minusMillis(1), after.plus(Duration.ofDays(365)).plusMillis(1)));
    }

    @Test
    void whenDueTheSchedulerDistributesThePoolAndMovesTheExecutionOneEpochPastTheRun() {
        fixture.platformStaker("scheduled.staker", "50");
        fixture.fundPool(Money.of("12.5"));
        Money pool = fixture.balance(AccountRef.FEE_POOL);
        Set<UUID> earlierRuns = fixture.runIds();
        SettableClock clock = new SettableClock();
        ManualScheduler scheduler = scheduler(clock);

        clock.set(TreasuryFixture.PARKED.minusSeconds(1));
        scheduler.runAnyDueExecutions();
        assertThat(fixture.balance(AccountRef.FEE_POOL)).isEqualTo(pool);

        Instant due = TreasuryFixture.PARKED.plusSeconds(1);
        clock.set(due);
        scheduler.runAnyDueExecutions();

        Set<UUID> newRuns = new HashSet<>(fixture.runIds());
        newRuns.removeAll(earlierRuns);
        assertThat(newRuns).hasSize(1);
        FeeDistribution run = fees.distribution(owner(), newRuns.iterator().next()).orElseThrow();
        assertThat(run.trigger()).isEqualTo(FeeDistributionTrigger.SCHEDULED);
        assertThat(run.actor()).isNull();
        assertThat(run.pool()).isEqualTo(pool);
        assertThat(run.paidOut().plus(run.kept())).isEqualTo(pool);
        assertThat(run.recipients()).isPositive();
        assertThat(fixture.balance(AccountRef.FEE_POOL)).isEqualTo(run.kept());
        assertThat(executionTimes()).containsExactly(due.plus(Duration.ofDays(1)));
    }

    @Test
    void aGovernanceChangeOfTheEpochAppliesFromTheNextRun() {
        SettableClock clock = new SettableClock();
        ManualScheduler scheduler = scheduler(clock);
        Instant due = TreasuryFixture.PARKED.plus(Duration.ofDays(3));
        clock.set(due);

        fixture.withParameter(Parameter.FEE_DISTRIBUTION_EPOCH, "PT6H", scheduler::runAnyDueExecutions);

        assertThat(executionTimes()).containsExactly(due.plus(Duration.ofHours(6)));
    }

    private ManualScheduler scheduler(SettableClock clock) {
        // Only this task: other modules' executions are all "due" at this clock and must not run here.
        List<Task<?>> feeDistribution = tasks.stream()
                .filter(task -> task.getName().equals(FeeDistributionSchedule.TASK.getTaskName())).toList();
        ManualScheduler scheduler = TestHelper.createManualScheduler(dataSource, feeDistribution).clock(clock).build();
        // At these far clocks other modules' executions (job expiries, validation deadlines, settlements) are due
        // too and come first in a poll's batch; a scheduler that does not know their tasks leaves their names out
        // of later polls only once it met them. Polls before the fee-distribution execution is due teach it all
        // of them, so that a test's poll finds the execution whatever other tests left in the table.
        clock.set(TreasuryFixture.PARKED.minusSeconds(1));
        for (int poll = 0; poll < 4; poll++) {
            scheduler.runAnyDueExecutions();
        }
        return scheduler;
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
