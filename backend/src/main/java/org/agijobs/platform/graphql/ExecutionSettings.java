package org.agijobs.platform.graphql;

import graphql.execution.SubscriptionExecutionStrategy;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Subscription events reach the client in the order they were published. graphql-java otherwise sends each
 * event as soon as its fields are resolved, so a state change whose fields load faster could overtake the one
 * before it.
 */
@Component
class OrderedSubscriptionEvents implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
            return input;
        });
        return chain.next(request);
    }
}
