package org.agijobs.settlement.internal;

import java.time.Duration;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.agijobs.jobs.ValidationCompleted;
import org.agijobs.platform.errors.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of each challenge window as a persistent {@code job-settlement} execution (instance id = job id),
 * scheduled in the tally's transaction. When it runs, the job settles with the tally's outcome unless it was
 * disputed meanwhile (then the ruling settles it and this run does nothing).
 */
@Configuration(proxyBeanMethods = false)
class ChallengeWindows {

    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("job-settlement");
    private static final Duration RETRY = Duration.ofMinutes(1);
    /** A parent whose sub-jobs are still open waits for them, looking again this often. */
    private static final Duration CHILDREN_PENDING = Duration.ofHours(1);

    private final SchedulerClient scheduler;

    ChallengeWindows(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ValidationCompleted completed) {
        scheduler.scheduleIfNotExists(TASK.instance(completed.jobId().toString()).scheduledTo(completed.challengeEndsAt()));
    }

    @Bean
    static CustomTask<Void> jobSettlement(ObjectProvider<ChallengeWindowRunner> runner) {
        return Tasks.custom(TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((instance, context) -> {
                    try {
                        runner.getObject().settleIfDue(UUID.fromString(instance.getId()));
                        return new CompletionHandler.OnCompleteRemove<>();
                    } catch (DomainException childrenUnsettled) {
                        return (complete, operations) -> operations.reschedule(complete,
                                complete.getTimeDone().plus(CHILDREN_PENDING));
                    }
                });
    }
}
