package org.agijobs.validation.internal;

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
 * Registers {@code validation-deadline} with db-scheduler. The runner is looked up per execution: the scheduler
 * needs the task, and the runner (through the draw's scheduling) needs the scheduler.
 */
@Configuration(proxyBeanMethods = false)
class ValidationDeadlineTask {

    private static final Duration RETRY = Duration.ofMinutes(1);

    @Bean
    static CustomTask<Void> validationDeadline(ObjectProvider<ValidationDeadlineRunner> runner) {
        return Tasks.custom(ValidationDeadlines.TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((instance, context) -> runner.getObject().runDue(UUID.fromString(instance.getId()))
                        .<CompletionHandler<Void>>map(later -> (complete, operations) -> operations.reschedule(complete, later))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }
}
