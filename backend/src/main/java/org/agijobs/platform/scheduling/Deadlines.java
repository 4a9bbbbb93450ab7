package org.agijobs.platform.scheduling;

import java.time.Instant;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Persistent per-entity deadlines (DOMAIN.md: deadlines fire through the persistent scheduler, so a restart
 * loses none): one execution per kind and entity id, a row in {@code scheduled_tasks} that db-scheduler runs
 * once across all instances through the kind's {@link DeadlineHandler}. Every call writes through the
 * scheduler's transaction-aware DataSource, so scheduling commits or rolls back with the caller's transaction.
 */
@Component
public class Deadlines {

    // Looked up per call: the scheduler needs every handler, and handlers (through what they run) need this.
    private final ObjectProvider<SchedulerClient> scheduler;

    Deadlines(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Schedules the entity's deadline of {@code kind} at {@code at} unless one exists; instances doing this at
     * once create one between them.
     *
     * @return whether this call created it
     */
    public boolean schedule(String kind, Object id, Instant at) {
        return scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(kind, id.toString()), at);
    }

    /** Moves the entity's deadline to {@code at}, or schedules it there if there is none. */
    public void reschedule(String kind, Object id, Instant at) {
        TaskInstanceId execution = TaskInstanceId.of(kind, id.toString());
        if (scheduler.getObject().getScheduledExecution(execution).isPresent()) {
            scheduler.getObject().reschedule(execution, at);
        } else {
            schedule(kind, id, at);
        }
    }

    /**
     * Drops the entity's deadline once it can no longer apply. One that is running right now is left alone: its
     * handler re-reads the entity in its own transaction and finds nothing to do.
     */
    public void cancel(String kind, Object id) {
        TaskInstanceId execution = TaskInstanceId.of(kind, id.toString());
        try {
            if (scheduler.getObject().getScheduledExecution(execution).isPresent()) {
                scheduler.getObject().cancel(execution);
            }
        } catch (TaskInstanceException runningOrGone) {
            // Harmless either way: the handler re-checks the entity when it runs.
        }
    }

    /** When the entity's deadline of {@code kind} is due, if it is scheduled. */
    public Optional<Instant> scheduledAt(String kind, Object id) {
        return scheduler.getObject().getScheduledExecution(TaskInstanceId.of(kind, id.toString()))
                .map(ScheduledExecution::getExecutionTime);
    }
}
