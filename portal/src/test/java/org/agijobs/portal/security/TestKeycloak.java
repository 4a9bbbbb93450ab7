package org.agijobs.portal.security;

import java.net.URI;

/** The dev realm's client, as the tests use it. */
final class TestKeycloak {

    static final String ISSUER = "http://localhost:8180/realms/agijobs";

    static final KeycloakProperties PROPERTIES =
            new KeycloakProperties(URI.create(ISSUER), "portal", "portal-dev-secret", "{baseUrl}");

    private TestKeycloak() {
    }
}
