package org.agijobs.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

/**
 * One graphql-ws (graphql-transport-ws) subscriber on the JDK's WebSocket client, for benchmarks: it speaks the
 * protocol and hands each {@code next} message's text on undecoded. A thousand of them cost the measured
 * server's two cores far less than a thousand full GraphQL clients decoding every response, so the figures are
 * the server's.
 */
public final class GraphQlWsSubscriber implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String init;
    private final String subscribe;
    private final Consumer<String> next;
    private final Consumer<String> failed;
    private final StringBuilder partial = new StringBuilder();
    /** The JDK's WebSocket refuses a send while the one before is still going out: each send waits for it. */
    private CompletableFuture<WebSocket> sent;

    private GraphQlWsSubscriber(String token, String document, Consumer<String> next, Consumer<String> failed) {
        this.init = JSON.writeValueAsString(Map.of("type", "connection_init",
                "payload", Map.of("Authorization", "Bearer " + token)));
        this.subscribe = JSON.writeValueAsString(Map.of("type", "subscribe", "id", "1",
                "payload", Map.of("query", document)));
        this.next = next;
        this.failed = failed;
    }

    /** Connects and subscribes; {@code next} gets every {@code next} message's text, {@code failed} anything else. */
    public static GraphQlWsSubscriber subscribe(HttpClient client, int port, String token, String document,
            Consumer<String> next, Consumer<String> failed) {
        GraphQlWsSubscriber subscriber = new GraphQlWsSubscriber(token, document, next, failed);
        client.newWebSocketBuilder().subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), subscriber).join();
        return subscriber;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        synchronized (this) {
            sent = CompletableFuture.completedFuture(webSocket);
        }
        send(init);
        webSocket.request(1);
    }

    private synchronized CompletableFuture<WebSocket> send(String text) {
        sent = sent.thenCompose(open -> open.sendText(text, true));
        sent.whenComplete((open, error) -> {
            if (error != null) {
                failed.accept(error.toString());
            }
        });
        return sent;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            if (text.contains("\"type\":\"next\"")) {
                next.accept(text);
            } else if (text.contains("\"type\":\"connection_ack\"")) {
                send(subscribe);
            } else if (text.contains("\"type\":\"ping\"")) {
                send("{\"type\":\"pong\"}");
            } else {
                failed.accept(text);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failed.accept(error.toString());
    }

    /** Completes the subscription and closes the connection. */
    public CompletableFuture<WebSocket> close() {
        return send("{\"id\":\"1\",\"type\":\"complete\"}")
                .thenCompose(open -> open.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }
}
