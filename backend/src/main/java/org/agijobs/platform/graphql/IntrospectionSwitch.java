package org.agijobs.platform.graphql;

import java.util.Map;

import graphql.introspection.Introspection;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Turns introspection off for every request of this application when {@code agijobs.graphql.introspection} is
 * false (the prod profile). Boot's own switch, {@code spring.graphql.schema.introspection.enabled}, sets a flag for
 * the whole JVM, so a second application in the same JVM (the test world's two contexts) would lose introspection
 * too; this one lives in each request's context.
 */
@Component
class IntrospectionSwitch implements WebGraphQlInterceptor {

    private final boolean enabled;

    IntrospectionSwitch(@Value("${agijobs.graphql.introspection:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!enabled) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true)).build());
        }
        return chain.next(request);
    }
}
