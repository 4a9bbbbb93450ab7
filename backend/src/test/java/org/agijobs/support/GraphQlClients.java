package org.agijobs.support;

import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/**
 * GraphQL clients that talk to the running test server exactly as a third party would, with the operations of
 * {@code src/test/resources/graphql-test/} at hand by name.
 */
public final class GraphQlClients {

    /**
     * One client per server and token: a client is immutable and thread-safe, and building one builds its JSON
     * mapper and message converters, whose serializer caches then start cold. Per request, that was a large part
     * of what the throughput benchmark measured.
     */
    private static final Map<String, HttpSyncGraphQlClient> HTTP_CLIENTS = new ConcurrentHashMap<>();

    private GraphQlClients() {
    }

    public static HttpSyncGraphQlClient http(int port, String token) {
        return HTTP_CLIENTS.computeIfAbsent(port + " " + token, key -> newHttpClient(port, token));
    }

    private static HttpSyncGraphQlClient newHttpClient(int port, String token) {
        RestClient.Builder rest = RestClient.builder().baseUrl("http://localhost:" + port + "/graphql");
        if (token != null) {
            rest.defaultHeader("Authorization", "Bearer " + token);
        }
        return HttpSyncGraphQlClient.builder(rest.build()).documentSource(TestDocuments.documents()).build();
    }

    public static WebSocketGraphQlClient webSocket(int port, String token) {
        var builder = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient());
        if (token != null) {
            builder.interceptor(new WebSocketGraphQlClientInterceptor() {
                @Override
                public Mono<Object> connectionInitPayload() {
                    return Mono.just(Map.of("Authorization", "Bearer " + token));
                }
            });
        }
        return builder.documentSource(TestDocuments.documents()).build();
    }
}
