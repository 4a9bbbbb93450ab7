package org.agijobs.e2e.platform;

import java.net.URI;

/** Where the platform started by the launcher (or already running) answers. */
public final class Platform {

    public static final URI PORTAL = URI.create("http://localhost:8080");
    public static final URI BACKEND = URI.create("http://localhost:8081");
    public static final URI KEYCLOAK = URI.create("http://localhost:8180");

    public static final URI GRAPHQL = BACKEND.resolve("/graphql");
    public static final URI BACKEND_READINESS = URI.create("http://localhost:9081/actuator/health/readiness");
    public static final URI REALM = KEYCLOAK.resolve("/realms/agijobs");
    public static final URI TOKEN_ENDPOINT = KEYCLOAK.resolve("/realms/agijobs/protocol/openid-connect/token");

    private Platform() {
    }

    public static String portal(String route) {
        return PORTAL.resolve("/" + route).toString();
    }
}
