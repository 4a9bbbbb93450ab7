package org.agijobs.treasury.internal;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.scheduling.Deadlines;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one persistent {@code fee-distribution} deadline (a row in {@code scheduled_tasks}): db-scheduler picks
 * it under a row lock, so each epoch runs once across all instances, and after each run it moves itself to
 * the end of the epoch in force then (see {@link ScheduledDistribution}), so a governance change of
 * {@code FEE_DISTRIBUTION_EPOCH} applies from the next run on.
 */
@Component
public class FeeDistributionSchedule {

    public static final TaskDescriptor<Void> TASK = TaskDescriptor.of(ScheduledDistribution.KIND);
    public static final String INSTANCE = "fee-pool";

    private final Deadlines deadlines;
    private final Parameters parameters;
    private final Clock clock;

    FeeDistributionSchedule(Deadlines deadlines, Parameters parameters, Clock clock) {
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        ensureScheduled();
    }

    /**
     * Creates the execution, one epoch from now, unless it exists. Every instance calls this when it starts;
     * the insert is keyed on the task and instance, so of two instances starting together only one creates it.
     *
     * @return whether this call created it
     */
    public boolean ensureScheduled() {
        return deadlines.schedule(ScheduledDistribution.KIND, INSTANCE, nextRunAfter(clock.instant()));
    }

    /** When the run after one that ended at {@code end} is due: one epoch, as governed now, later. */
    Instant nextRunAfter(Instant end) {
        return end.plus(parameters.duration(Parameter.FEE_DISTRIBUTION_EPOCH));
    }
}
