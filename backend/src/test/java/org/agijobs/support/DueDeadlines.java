package org.agijobs.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs, on the test's thread, every persistent deadline due at the platform clock's "now", the way a polling
 * instance would: through db-scheduler and the application's own deadline handlers, so a test moves the clock
 * and calls {@link #runDue()} instead of waiting for a poll or calling a handler itself.
 */
@TestComponent
public class DueDeadlines {

    /** Enough rounds for deadlines that, once run, fall due again at once (a commit window, then a reveal). */
    private static final int MAX_ROUNDS = 50;

    private final Clock clock;
    private final JdbcClient jdbc;
    private final SettableClock schedulerClock = new SettableClock();
    private final ManualScheduler scheduler;

    DueDeadlines(Clock clock, DataSource dataSource, JdbcClient jdbc, List<Task<?>> tasks) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.scheduler = TestHelper.createManualScheduler(dataSource, tasks).clock(schedulerClock).build();
    }

    /** Runs what is due now, again until nothing is (one poll takes a bounded batch); returns the rounds run. */
    public int runDue() {
        int rounds = 0;
        while (rounds < MAX_ROUNDS && dueCount() > 0) {
            schedulerClock.set(clock.instant());
            scheduler.runAnyDueExecutions();
            rounds++;
        }
        return rounds;
    }

    private long dueCount() {
        return jdbc.sql("select count(*) from scheduled_tasks where not picked and execution_time <= :now")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }
}
