package org.agijobs.identity;

/** Keycloak did not become ready; the message ends with the tail of its log. */
public final class KeycloakStartException extends RuntimeException {

    KeycloakStartException(String message) {
        super(message);
    }
}
