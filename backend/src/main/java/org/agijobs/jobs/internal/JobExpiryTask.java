package org.agijobs.jobs.internal;

import java.time.Duration;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@code job-expiry} with db-scheduler. The expirer is looked up when an execution runs, not when the
 * task is built: the scheduler needs the task, and the expirer (through the expiry schedule) needs the scheduler.
 */
@Configuration(proxyBeanMethods = false)
class JobExpiryTask {

    /** A failed check (the database away, say) is tried again after this long, until it succeeds. */
    private static final Duration RETRY = Duration.ofMinutes(1);

    @Bean
    CustomTask<Void> jobExpiry(ObjectProvider<JobExpirer> expirer) {
        return Tasks.custom(ExpirySchedule.TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((instance, context) -> expirer.getObject().expireIfDue(UUID.fromString(instance.getId()))
                        .<CompletionHandler<Void>>map(later -> (complete, operations) -> operations.reschedule(complete, later))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }
}
