package org.agijobs.jobs.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.agijobs.jobs.Job;
import org.springframework.stereotype.Component;

/**
 * The persistent {@code job-expiry} executions, one per assigned job (instance id = job id). They are rows in
 * {@code scheduled_tasks} written through the scheduler's transaction-aware DataSource, so scheduling commits
 * or rolls back with the assignment that caused it.
 */
@Component
public class ExpirySchedule {

    public static final TaskDescriptor<Void> TASK = TaskDescriptor.of("job-expiry");

    private final SchedulerClient scheduler;

    ExpirySchedule(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    /** Schedules the job's expiry check at {@link Job#getExpiresAt()}. */
    public void schedule(Job job) {
        scheduler.scheduleIfNotExists(TASK.instance(job.getId().toString()).scheduledTo(job.getExpiresAt()));
    }

    /**
     * Drops the job's expiry check once it can no longer apply. A check that is running right now is left
     * alone: it waits for the job's row lock, then finds the job no longer assigned and does nothing.
     */
    public void cancel(UUID jobId) {
        var id = TASK.instanceId(jobId.toString());
        try {
            if (scheduler.getScheduledExecution(id).isPresent()) {
                scheduler.cancel(id);
            }
        } catch (TaskInstanceException runningOrGone) {
            // Harmless either way: the expiry re-checks the job's state in its own transaction.
        }
    }
}
