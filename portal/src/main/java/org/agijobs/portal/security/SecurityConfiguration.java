package org.agijobs.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Sign-in with Keycloak (authorization code + PKCE), realm roles as authorities, RP-initiated logout, and the
 * session-bound token store the backend client draws on.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService, KeycloakProperties keycloak) {
        // Before Vaadin's rules, whose catch-all demands a login: load balancers probe health anonymously, and
        // static script libraries need no login.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Script libraries the portal serves itself (Mermaid): public code, no user data.
                .requestMatchers("/webjars/**").permitAll());
        http.addFilterBefore(new SignedOutRedirectFilter(), AuthorizationFilter.class);
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(KeycloakClientRegistration.LOGIN_PATH)
                // Vaadin denies unknown paths outright, which shows signed-in users a bare HTTP 403 for a mistyped
                // URL; letting them through makes Vaadin answer with its "not found" page instead.
                .anyRequest(AuthorizedUrl::authenticated)
                .logoutSuccessHandler(new SignedOutLogoutSuccessHandler(registrations, keycloak.portalBaseUrl() + "/")));
        return http.build();
    }

    /** Spring adds PKCE by itself only for public clients; the portal is confidential and Keycloak demands S256. */
    private static OAuth2AuthorizationRequestResolver pkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(KeycloakProperties keycloak) {
        return new InMemoryClientRegistrationRepository(KeycloakClientRegistration.from(keycloak));
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(KeycloakProperties keycloak) {
        // Fetches Keycloak's keys on first use, not at startup.
        NimbusJwtDecoder accessTokenDecoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
        accessTokenDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(keycloak.issuer()));
        return new KeycloakOidcUserService(new OidcUserService(), accessTokenDecoder);
    }

    /** Tokens live in the HTTP session: they die with it and are never shared between a user's sessions. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        OAuth2AuthorizedClientProvider provider = OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build();
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }
}
