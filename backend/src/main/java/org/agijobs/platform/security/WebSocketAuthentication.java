package org.agijobs.platform.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import reactor.core.publisher.Mono;

/**
 * graphql-ws subscriptions authenticate with the access token in the {@code connection_init} payload
 * ({@code {"Authorization": "Bearer ..."}}), validated like an HTTP bearer token. A connection without a
 * token is closed (4401) instead of running anonymously.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketAuthentication {

    @Bean
    WebSocketGraphQlInterceptor connectionInitAuthentication(JwtDecoder jwtDecoder) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
        provider.setJwtAuthenticationConverter(SecurityConfiguration.tokenConverter());
        var delegate = new AuthenticationWebSocketInterceptor(
                new BearerTokenAuthenticationExtractor(), new ProviderManager(provider));
        return new TokenRequired(delegate);
    }

    private record TokenRequired(AuthenticationWebSocketInterceptor delegate) implements WebSocketGraphQlInterceptor {

        @Override
        public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
            if (!(payload.get(BearerTokenAuthenticationExtractor.AUTHORIZATION_KEY) instanceof String value)
                    || value.isBlank()) {
                return Mono.error(new BadCredentialsException("connection_init must carry an Authorization bearer token"));
            }
            return delegate.handleConnectionInitialization(info, payload);
        }

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) {
            return delegate.intercept(request, chain);
        }
    }
}
