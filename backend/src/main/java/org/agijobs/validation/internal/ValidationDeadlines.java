package org.agijobs.validation.internal;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.springframework.stereotype.Component;

/**
 * The persistent {@code validation-deadline} execution of each voting committee (instance id = job id): it runs
 * when the commit window closes (opening the reveal phase for subscribers) and again when the reveal window
 * closes (the tally). Scheduled in the draw's transaction, so it exists exactly when the committee does.
 */
@Component
public class ValidationDeadlines {

    public static final TaskDescriptor<Void> TASK = TaskDescriptor.of("validation-deadline");

    private final SchedulerClient scheduler;

    ValidationDeadlines(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(UUID jobId, Instant at) {
        scheduler.scheduleIfNotExists(TASK.instance(jobId.toString()).scheduledTo(at));
    }
}
