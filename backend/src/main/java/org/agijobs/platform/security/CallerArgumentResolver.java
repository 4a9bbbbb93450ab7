package org.agijobs.platform.security;

import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives a controller method the {@link Caller} when it declares a {@code Caller} parameter, the one way every
 * controller learns who calls. The token comes from where Spring GraphQL keeps it: the request's security context
 * over HTTP, the Reactor context for a graphql-ws subscription. Without a valid token the call fails as
 * unauthenticated before the method runs. Spring Boot registers every resolver bean with the annotated
 * controllers.
 */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            return Callers.callerOf(authentication);
        }
        return ReactiveSecurityContextHolder.getContext().mapNotNull(SecurityContext::getAuthentication)
                .map(Callers::callerOf)
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException(
                        "An access token is required")));
    }
}
