package org.agijobs.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.NextExecutionTime;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.SchedulableTaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import org.agijobs.platform.security.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What happens when a persistent deadline of one kind is due for one entity (see {@link Deadlines}). A module
 * declares one handler bean per kind; the bean is that kind's db-scheduler task (task name = kind, instance id =
 * the entity's id), so the rows already in {@code scheduled_tasks} keep running under it. A failed run (the
 * database away, say) is tried again after {@code retryAfterFailure}, until one succeeds.
 *
 * <p>{@link #onDue} runs on whichever instance picked the execution, once at a time; it must do its work in its
 * own transaction and be safe to run again, because a crash after that transaction's commit and before the
 * scheduler records the completion runs it a second time.
 *
 * <p>While the {@link ScheduledWorkHold} holds (the market is paused FULL), a due execution does nothing and looks
 * again after {@link #HELD_RETRY}, so it runs within that long after the resume, and nothing is lost.
 */
public abstract class DeadlineHandler extends AbstractTask<Void> {

    /** When to look again: never, at an instant, or a while after this run ended. */
    public record Next(@Nullable Instant at, @Nullable Duration after) {

        private static final Next DONE = new Next(null, null);

        public static Next done() {
            return DONE;
        }

        public static Next at(Instant at) {
            return new Next(Objects.requireNonNull(at, "at"), null);
        }

        public static Next after(Duration after) {
            return new Next(null, Objects.requireNonNull(after, "after"));
        }
    }

    /** How often a held execution looks again; short, so work resumes soon after the market does. */
    public static final Duration HELD_RETRY = Duration.ofMinutes(1);

    private @Nullable ObjectProvider<ScheduledWorkHold> hold;

    protected DeadlineHandler(String kind, Duration retryAfterFailure) {
        super(kind, Void.class, new FailureHandler.OnFailureRetryLater<>(retryAfterFailure),
                new DeadExecutionHandler.ReviveDeadExecution<>());
    }

    // A method, not a constructor argument: every handler gets it without each subclass passing it on.
    @Autowired
    void holdBy(ObjectProvider<ScheduledWorkHold> hold) {
        this.hold = hold;
    }

    /** The kind: the task name of its executions. */
    public String kind() {
        return getName();
    }

    /** An execution for the entity {@code id}, due now unless scheduled at a given time. */
    @Override
    public SchedulableInstance<Void> schedulableInstance(String id) {
        return new SchedulableTaskInstance<>(instance(id), (NextExecutionTime) now -> now);
    }

    @Override
    public SchedulableInstance<Void> schedulableInstance(String id, Void data) {
        return schedulableInstance(id);
    }

    /**
     * Whether a FULL pause holds this kind's executions: true for the market's work (expiry, tally, settlement,
     * fees). A kind that governs the pause itself overrides it, so that the way out of a pause is never held.
     */
    protected boolean heldByPause() {
        return true;
    }

    /** Does what is due for the entity {@code id} and says when to look again. */
    protected abstract Next onDue(String id);

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        ScheduledWorkHold current = hold == null ? null : hold.getIfAvailable();
        if (current != null && heldByPause() && current.holding()) {
            return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(HELD_RETRY));
        }
        // The scheduler is the actor of whatever a due deadline changes.
        Next next = Actors.runAs(Actors.SCHEDULER, () -> onDue(instance.getId()));
        if (next.at() != null) {
            return (complete, operations) -> operations.reschedule(complete, next.at());
        }
        if (next.after() != null) {
            return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(next.after()));
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }
}
