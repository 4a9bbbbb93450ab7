package org.agijobs.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

class KeycloakClientRegistrationTest {

    private static final String OIDC = TestKeycloak.ISSUER + "/protocol/openid-connect";

    @Test
    void derivesEveryEndpointFromTheIssuer() {
        ClientRegistration registration = KeycloakClientRegistration.from(TestKeycloak.PROPERTIES);
        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();

        assertThat(provider.getIssuerUri()).isEqualTo(TestKeycloak.ISSUER);
        assertThat(provider.getAuthorizationUri()).isEqualTo(OIDC + "/auth");
        assertThat(provider.getTokenUri()).isEqualTo(OIDC + "/token");
        assertThat(provider.getJwkSetUri()).isEqualTo(OIDC + "/certs");
        assertThat(provider.getUserInfoEndpoint().getUri()).isEqualTo(OIDC + "/userinfo");
        assertThat(provider.getConfigurationMetadata()).containsEntry("end_session_endpoint", OIDC + "/logout");
    }

    @Test
    void matchesThePortalClientRegisteredAtKeycloak() {
        ClientRegistration registration = KeycloakClientRegistration.from(TestKeycloak.PROPERTIES);

        assertThat(registration.getRegistrationId()).isEqualTo("keycloak");
        assertThat(registration.getClientId()).isEqualTo("portal");
        assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
    }

    @Test
    void toleratesATrailingSlashOnTheIssuer() {
        KeycloakProperties withSlash = new KeycloakProperties(URI.create(TestKeycloak.ISSUER + "/"), "portal",
                "secret", "https://portal.example.org");

        ClientRegistration registration = KeycloakClientRegistration.from(withSlash);

        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(OIDC + "/token");
        assertThat(registration.getRedirectUri())
                .isEqualTo("https://portal.example.org/login/oauth2/code/{registrationId}");
    }
}
