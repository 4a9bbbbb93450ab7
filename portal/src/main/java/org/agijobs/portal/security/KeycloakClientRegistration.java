package org.agijobs.portal.security;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/**
 * The Spring client registration for Keycloak, built by hand so that no discovery call is needed at startup.
 */
public final class KeycloakClientRegistration {

    /** Part of the redirect URI registered at Keycloak ({@code /login/oauth2/code/keycloak}); do not rename. */
    public static final String REGISTRATION_ID = "keycloak";

    public static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private KeycloakClientRegistration() {
    }

    static ClientRegistration from(KeycloakProperties keycloak) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(keycloak.portalBaseUrl() + "/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.authorizationUri())
                .tokenUri(keycloak.tokenUri())
                .jwkSetUri(keycloak.jwkSetUri())
                .userInfoUri(keycloak.userInfoUri())
                .userNameAttributeName(StandardClaimNames.PREFERRED_USERNAME)
                // RP-initiated logout reads the end-session endpoint from this metadata, which discovery would fill.
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endSessionUri()))
                .build();
    }
}
