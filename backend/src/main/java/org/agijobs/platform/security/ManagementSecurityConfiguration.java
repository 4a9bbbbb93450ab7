package org.agijobs.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port (health, Prometheus) needs no token: it is reachable only inside the deployment's network,
 * and a scraper holds no Keycloak client. The management context runs the application's filter chains too, and
 * paths alone cannot tell the ports apart, so this chain matches on the port a request arrived on and comes first;
 * every request on the public port falls through to {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain management(HttpSecurity http, Environment environment) throws Exception {
        http.securityMatcher(request -> onManagementPort(request, environment))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Read per request: the port is known only once the management server has started (0 picks one). */
    private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
        Integer port = environment.getProperty("local.management.port", Integer.class);
        return port != null && port == request.getLocalPort();
    }
}
