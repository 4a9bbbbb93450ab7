package org.agijobs.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Polls a URL until it answers 200, giving up early when the process that should serve it has died (used for Keycloak and by the launcher for the apps). */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private Readiness() {
    }

    /** Returns once {@code url} answers 200; throws when {@code process} exits or the timeout passes. */
    public static void await(URI url, Process process, Duration timeout, Path logFile) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build()) {
            while (!answersOk(http, request)) {
                if (!process.isAlive()) {
                    throw new KeycloakStartException("The process serving " + url + " exited with code " + process.exitValue()
                            + " before it answered" + LogTail.of(logFile));
                }
                if (System.nanoTime() > deadline) {
                    throw new KeycloakStartException(url + " did not answer 200 within " + timeout
                            + LogTail.of(logFile));
                }
                Thread.sleep(POLL_INTERVAL);
            }
        }
    }

    private static boolean answersOk(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
