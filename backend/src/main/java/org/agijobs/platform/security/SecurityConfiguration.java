package org.agijobs.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The backend is a stateless OAuth2 resource server: every request carries a Keycloak access token whose
 * issuer and audience ({@code api}) are checked (see application.yml). Authorization rules live in the
 * module services, so the portal, third parties and scheduled work all meet the same checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, List<PublicQueryFields> publicQueries) throws Exception {
        Set<String> publicFields = publicQueries.stream().flatMap(fields -> fields.names().stream())
                .collect(Collectors.toUnmodifiableSet());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // GraphiQL is only mapped in the dev profile; its page and scripts carry no data.
                        .requestMatchers(HttpMethod.GET, "/graphiql", "/graphiql/", "/webjars/**").permitAll()
                        // The graphql-ws upgrade: the token is checked in the connection_init message instead,
                        // so it never appears in a URL that proxies log.
                        .requestMatchers(SecurityConfiguration::isWebSocketUpgrade).permitAll()
                        // Certificates are verified by people without an account: the public keys, and the
                        // GraphQL requests without a token that select public query fields only.
                        .requestMatchers(HttpMethod.GET, "/certificates/jwks.json").permitAll()
                        .requestMatchers(PublicQueryGate::isPublicQuery).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new PublicQueryGate("/graphql", publicFields), AuthorizationFilter.class)
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, no cookies: there is no session for a forged request to ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * No observations of the filter chain, authentications or authorizations: they wrapped each of the chain's
     * filters in an observation on every request, a cost the throughput profile showed, for timings that
     * {@code http.server.requests} already records for the whole request.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static boolean isWebSocketUpgrade(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && "/graphql".equals(request.getRequestURI())
                && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    static JwtAuthenticationConverter tokenConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
        return converter;
    }
}
