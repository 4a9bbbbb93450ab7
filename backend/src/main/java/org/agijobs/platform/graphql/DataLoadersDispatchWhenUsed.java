package org.agijobs.platform.graphql;

import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Data loaders are dispatched when a field has asked one for something, and only then. graphql-java's default
 * dispatches every registered loader (one per {@code @BatchMapping}, whether the operation uses it or not) at
 * every level of every execution: on a subscription, for every event and subscriber, dozens of empty dispatches
 * that cost more than the event's fields. Batching is unchanged: loads still wait until every field that can
 * run has asked.
 */
@Component
class DataLoadersDispatchWhenUsed implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) -> {
            DataLoaderDispatchingContextKeys.setEnableDataLoaderExhaustedDispatching(input.getGraphQLContext(), true);
            return input;
        });
        return chain.next(request);
    }
}
