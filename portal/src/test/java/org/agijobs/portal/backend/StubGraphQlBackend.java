package org.agijobs.portal.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agijobs.portal.security.SignedInUser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A backend on a real socket for the services of other packages: it answers each operation with a canned JSON
 * body and records what was sent, so tests see exactly what goes over the wire.
 */
public final class StubGraphQlBackend implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final BackendClient client;

    public StubGraphQlBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/graphql", this::answer);
        server.start();
        BackendProperties backend = new BackendProperties(
                URI.create("http://localhost:" + server.getAddress().getPort() + "/graphql"),
                URI.create("ws://localhost:1/graphql"), Duration.ofSeconds(2), Duration.ofSeconds(5));
        client = new BackendClient(new BackendConfiguration()
                .backendGraphQlClient(backend, SignedInUser.withAccessToken("access-token-1")), backend);
    }

    /** Answers requests whose document declares {@code operation} (e.g. {@code commitVote}) with {@code json}. */
    public StubGraphQlBackend answer(String operation, String json) {
        answers.put(operation, json);
        return this;
    }

    public BackendClient client() {
        return client;
    }

    /** The request bodies received so far, oldest first. */
    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
        SignedInUser.signOut();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(request);
        String body = answers.entrySet().stream()
                .filter(answer -> request.matches("(?s).*\\b(query|mutation) " + answer.getKey() + "\\b.*"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("{\"errors\":[{\"message\":\"no stub answer\"}],\"data\":null}");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
