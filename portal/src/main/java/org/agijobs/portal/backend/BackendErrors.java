package org.agijobs.portal.backend;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.websocket.DeploymentException;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketDisconnectedException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Turns whatever a backend call threw into a sentence for the user. The full exception goes to the log, never to
 * the browser.
 */
final class BackendErrors {

    private BackendErrors() {
    }

    static BackendException translate(Throwable failure, URI endpoint) {
        if (failure instanceof BackendException known) {
            return known;
        }
        return new BackendException(describe(failure, endpoint), failure);
    }

    static String describe(Throwable failure, URI endpoint) {
        OAuth2AuthorizationException authorization = find(failure, OAuth2AuthorizationException.class);
        if (authorization != null) {
            return "Your sign-in has expired. Please sign out and sign in again.";
        }
        FieldAccessException fieldAccess = find(failure, FieldAccessException.class);
        if (fieldAccess != null) {
            return "The backend reported: " + messages(fieldAccess.getResponse().getErrors());
        }
        SubscriptionErrorException subscription = find(failure, SubscriptionErrorException.class);
        if (subscription != null) {
            return "The backend reported: " + messages(subscription.getErrors());
        }
        RestClientResponseException http = find(failure, RestClientResponseException.class);
        if (http != null) {
            return httpStatusMessage(http.getStatusCode().value());
        }
        if (find(failure, WebSocketDisconnectedException.class) != null) {
            return "The live connection to the backend was closed.";
        }
        if (find(failure, ResourceAccessException.class) != null || find(failure, IOException.class) != null) {
            return "The backend is not reachable at " + endpoint + ".";
        }
        if (find(failure, DeploymentException.class) != null) {
            // Tomcat's WebSocket client reports a refused upgrade (e.g. HTTP 401) this way.
            return "The backend refused the live connection.";
        }
        if (find(failure, GraphQlTransportException.class) != null) {
            // E.g. the backend closed the live connection with graphql-ws code 4401 after a rejected token.
            return "The connection to the backend failed.";
        }
        return "The backend call failed unexpectedly (" + failure.getClass().getSimpleName() + ").";
    }

    static String httpStatusMessage(int status) {
        return switch (status) {
            case 401 -> "The backend did not accept your sign-in (HTTP 401). Please sign in again.";
            case 403 -> "The backend refused this request (HTTP 403).";
            default -> "The backend answered with HTTP " + status + ".";
        };
    }

    private static String messages(List<ResponseError> errors) {
        if (errors.isEmpty()) {
            return "an error without a message.";
        }
        return errors.stream().map(ResponseError::getMessage).distinct().collect(Collectors.joining("; "));
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
