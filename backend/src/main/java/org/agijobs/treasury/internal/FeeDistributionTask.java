package org.agijobs.treasury.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@code fee-distribution} with db-scheduler: distribute, then reschedule the same execution one
 * epoch after this run ended. The collaborators are looked up when the execution runs, because the schedule
 * needs the scheduler, which needs this task.
 */
@Configuration(proxyBeanMethods = false)
class FeeDistributionTask {

    /** A failed run (the database away, say) is tried again after this long, until one succeeds. */
    private static final Duration RETRY = Duration.ofMinutes(5);

    @Bean
    CustomTask<Void> feeDistribution(ObjectProvider<ScheduledDistribution> distribution,
            ObjectProvider<FeeDistributionSchedule> schedule) {
        return Tasks.custom(FeeDistributionSchedule.TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((instance, context) -> {
                    distribution.getObject().run();
                    return (complete, operations) -> operations.reschedule(complete,
                            schedule.getObject().nextRunAfter(complete.getTimeDone()));
                });
    }
}
