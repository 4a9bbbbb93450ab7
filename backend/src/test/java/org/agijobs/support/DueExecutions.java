package org.agijobs.support;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test world's scheduler: runs what is due at the platform clock's now, as a polling instance would, for every
 * task of the application. It runs every test's due executions, not only the caller's, which does no harm since
 * tests assert only about their own rows.
 */
@TestComponent
public class DueExecutions {

    /** Enough polls for every test's leftovers; a poll takes a bounded batch. */
    private static final int MAX_POLLS = 100;

    private final MutableClock clock;
    private final JdbcClient jdbc;
    private final SettableClock schedulerClock = new SettableClock();
    private final ManualScheduler scheduler;

    DueExecutions(MutableClock clock, JdbcClient jdbc, DataSource dataSource, List<Task<?>> tasks) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.scheduler = TestHelper.createManualScheduler(dataSource, tasks).clock(schedulerClock).build();
    }

    /** Runs every execution due now, including those that the runs themselves make due now. */
    public void run() {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            schedulerClock.set(clock.instant());
            Set<String> due = due();
            if (due.isEmpty()) {
                return;
            }
            scheduler.runAnyDueExecutions();
            if (due().equals(due)) {
                // no execution moved: what is left belongs to a task this application lacks
                return;
            }
        }
    }

    /** The due executions, each with its version, which every run or reschedule bumps. */
    private Set<String> due() {
        return Set.copyOf(jdbc.sql("""
                select task_name || '/' || task_instance || '/' || version from scheduled_tasks
                where execution_time <= :now and not picked
                """).param("now", Timestamp.from(clock.instant())).query(String.class).list());
    }
}
