package org.agijobs.platform;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * Spring GraphQL times every non-trivial field ({@code graphql.datafetcher}): for a page of 100 jobs that is 500
 * timers per request, a seventh to a fifth of the read's CPU (FieldObservationBenchmark), for per-field latencies
 * nobody charts. Only an operation's root fields ({@code jobs}, {@code createJob}) stay timed, which keeps each
 * query's and mutation's own latency by name. {@code agijobs.metrics.graphql-nested-field-timers=true} times every
 * field again; {@code management.observations.enable.graphql.datafetcher=false} times none.
 */
@Configuration(proxyBeanMethods = false)
class FieldTimingConfiguration {

    @Bean
    @ConditionalOnProperty(name = "agijobs.metrics.graphql-nested-field-timers", havingValue = "false",
            matchIfMissing = true)
    ObservationPredicate rootFieldTimersOnly() {
        return (name, context) -> !(context instanceof DataFetcherObservationContext field)
                || field.getEnvironment().getExecutionStepInfo().getPath().getLevel() == 1;
    }
}
