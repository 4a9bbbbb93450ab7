package org.agijobs.portal.security;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's client at the Keycloak realm.
 *
 * @param issuerUri     the realm's issuer, e.g. {@code http://localhost:8180/realms/agijobs}
 * @param clientId      the confidential client the portal signs users in with
 * @param clientSecret  its secret, from the environment outside dev
 * @param portalBaseUrl the portal's public URL for redirect URIs; {@code {baseUrl}} takes it from each request
 */
@ConfigurationProperties("portal.keycloak")
public record KeycloakProperties(URI issuerUri, String clientId, String clientSecret, String portalBaseUrl) {

    /*
     * Keycloak serves every endpoint at a fixed path below the issuer. Deriving them here instead of using
     * OIDC discovery lets the portal start while Keycloak is still down.
     */

    public String authorizationUri() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    public String tokenUri() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String userInfoUri() {
        return issuer() + "/protocol/openid-connect/userinfo";
    }

    public String endSessionUri() {
        return issuer() + "/protocol/openid-connect/logout";
    }

    public String issuer() {
        String issuer = issuerUri.toString();
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
