package org.agijobs.platform.scheduling;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import com.github.kagkarlsson.scheduler.boot.config.startup.ContextReadyStart;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler, the persistent scheduler behind every deadline: executions are rows in {@code scheduled_tasks}
 * (Flyway V7), picked under a row lock, so each fires once across backend instances and none is lost in a
 * restart. Its tasks are the {@link DeadlineHandler} beans, one per kind of deadline.
 *
 * <p>The 16.7.1 starter on the classpath is built for Boot 3: under Boot 4 its auto-configuration is ordered
 * after a {@code DataSourceAutoConfiguration} that moved package, so its {@code @ConditionalOnBean(DataSource)}
 * is evaluated too early and it creates no scheduler. This configuration builds the scheduler the way the
 * starter would (same {@code db-scheduler.*} properties, same transaction-aware DataSource, so scheduling inside
 * a transaction commits or rolls back with it), and its beans make the starter's back off if it ever loads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DbSchedulerProperties.class)
class SchedulerConfiguration {

    /** The platform clock for the scheduler too: a test that moves time moves what is due. */
    @Bean("dbSchedulerClock")
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }

    @Bean(destroyMethod = "stop")
    @DependsOnDatabaseInitialization
    Scheduler scheduler(DbSchedulerProperties properties, DataSource dataSource, List<Task<?>> tasks,
                        ObjectProvider<SchedulerListener> listeners, ObjectProvider<ExecutionInterceptor> interceptors,
                        com.github.kagkarlsson.scheduler.Clock dbSchedulerClock) {
        return DbSchedulerConfigurationSupport.buildScheduler(properties, new DbSchedulerCustomizer() { },
                StatsRegistry.NOOP, dbSchedulerClock, dataSource, tasks,
                listeners.orderedStream().toList(), interceptors.orderedStream().toList());
    }

    /**
     * Starts polling once the context is ready, so no task runs against a half-built application. With
     * {@code agijobs.scheduler.polling=false} this instance only schedules (tests that run due executions
     * themselves use that); another instance, or this one after a restart with polling on, runs them.
     */
    @Bean
    @ConditionalOnProperty(name = "agijobs.scheduler.polling", havingValue = "true", matchIfMissing = true)
    DbSchedulerStarter dbSchedulerStarter(Scheduler scheduler) {
        return new ContextReadyStart(scheduler);
    }
}
