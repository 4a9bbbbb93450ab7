package org.agijobs.e2e.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The three doors of the platform; when all of them answer, a running platform is reused. */
enum Endpoint {
    PORTAL("portal", Platform.PORTAL),
    BACKEND("backend readiness", Platform.BACKEND_READINESS),
    KEYCLOAK("Keycloak realm agijobs", Platform.REALM);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            // The portal answers an anonymous visitor with a redirect to Keycloak: that already counts as up.
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String description;
    private final URI uri;

    Endpoint(String description, URI uri) {
        this.description = description;
        this.uri = uri;
    }

    boolean answers() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 400;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return description + " (" + uri + ")";
    }
}
