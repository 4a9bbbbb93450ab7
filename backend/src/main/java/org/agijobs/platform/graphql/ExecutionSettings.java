package org.agijobs.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * How graphql-java runs every request, set in each request's context:
 * <ul>
 * <li>Subscription events reach the client in the order they were published. graphql-java otherwise sends each
 * event as soon as its fields are resolved, so a state change whose fields load faster could overtake the one
 * before it.</li>
 * <li>Data loaders are dispatched when a field has asked one for something, and only then. The default dispatches
 * every registered loader (one per {@code @BatchMapping}, whether the operation uses it or not) at every level of
 * every execution: on a subscription, for every event and subscriber, dozens of empty dispatches that cost more
 * than the event's fields. Batching is unchanged: loads still wait until every field that can run has asked.</li>
 * </ul>
 */
@Component
class ExecutionSettings implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) -> {
            GraphQLContext context = input.getGraphQLContext();
            context.put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
            DataLoaderDispatchingContextKeys.setEnableDataLoaderExhaustedDispatching(context, true);
            return input;
        });
        return chain.next(request);
    }
}
