package org.agijobs.portal.backend;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.agijobs.portal.security.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.graphql.client.WebSocketDisconnectedException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.socket.client.WebSocketClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL subscriptions over graphql-ws. The access token travels in the {@code connection_init} payload, never in
 * the URL, where proxies would log it.
 *
 * <p>The subscriptions made with one access token share one WebSocket: a page's pause banner and its list, and the
 * user's other tabs, multiplex over a single connection, which closes when its last subscription ends. Each
 * connection holds buffers of several KB on both ends, so one per subscription made an open page cost a
 * WebSocket per live element. A refreshed token opens a new connection for the subscriptions that follow, so no
 * subscription starts on a connection authenticated with an expired token. Every connection decodes with one
 * shared JSON mapper, whose caches would otherwise be built again per connection.
 */
@Service
public class BackendSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(BackendSubscriptions.class);
    static final int RESUME_ATTEMPTS = 5;
    static final Duration RESUME_BACKOFF = Duration.ofMillis(500);

    private final WebSocketClient webSocketClient;
    private final AccessTokens accessTokens;
    private final URI endpoint;
    private final JacksonJsonEncoder encoder;
    private final JacksonJsonDecoder decoder;
    private final Map<String, SharedConnection> connections = new HashMap<>();

    BackendSubscriptions(WebSocketClient webSocketClient, AccessTokens accessTokens, BackendProperties backend) {
        this.webSocketClient = webSocketClient;
        this.accessTokens = accessTokens;
        this.endpoint = backend.graphqlWsUrl();
        JsonMapper json = JsonMapper.builder().build();
        this.encoder = new JacksonJsonEncoder(json);
        this.decoder = new JacksonJsonDecoder(json);
    }

    /**
     * Call it in the user's request: the token is taken now, because the WebSocket connects later on another
     * thread. Cancelling the returned flux completes the subscription and closes the WebSocket.
     *
     * @throws BackendException when no token can be had (the user must sign in again)
     */
    public <T> Flux<T> subscribe(String documentName, String path, Class<T> type) {
        return subscribe(documentName, Map.of(), path, type);
    }

    /** A subscription with variables, e.g. one job's {@code jobEvents(jobId: $jobId)}. */
    public <T> Flux<T> subscribe(String documentName, Map<String, Object> variables, String path, Class<T> type) {
        return rawSubscription(currentAccessToken(), documentName, variables, path, type)
                .onErrorMap(failure -> translated(documentName, failure));
    }

    private String currentAccessToken() {
        try {
            return accessTokens.currentAccessToken();
        } catch (RuntimeException e) {
            throw BackendErrors.translate(e, endpoint);
        }
    }

    private <T> Flux<T> rawSubscription(String accessToken, String documentName, Map<String, Object> variables,
                                        String path, Class<T> type) {
        return Flux.usingWhen(
                Mono.fromSupplier(() -> acquire(accessToken)),
                client -> client.documentName(documentName).variables(variables).retrieveSubscription(path)
                        .toEntity(type),
                client -> release(accessToken));
    }

    private Throwable translated(String documentName, Throwable failure) {
        if (failure instanceof BackendException known) {
            return known;
        }
        log.warn("Backend subscription '{}' failed", documentName, failure);
        return BackendErrors.translate(failure, endpoint);
    }

    /** How many WebSockets are open or opening now: one per access token with a live subscription. */
    synchronized int openConnections() {
        return connections.size();
    }

    private synchronized WebSocketGraphQlClient acquire(String accessToken) {
        SharedConnection connection = connections.computeIfAbsent(accessToken,
                token -> new SharedConnection(connect(token)));
        connection.subscriptions++;
        return connection.client;
    }

    /** Closes the connection once its last subscription ended. */
    private synchronized Mono<Void> release(String accessToken) {
        SharedConnection connection = connections.get(accessToken);
        if (connection == null || --connection.subscriptions > 0) {
            return Mono.empty();
        }
        connections.remove(accessToken);
        return connection.client.stop();
    }

    /**
     * A subscription that survives a dropped connection to the backend (an instance restarted or replaced behind
     * the proxy): it subscribes again, to whichever instance answers, after the cursor of the last item it
     * delivered, and the backend replays what was missed from its audit trail before going live. Nothing is lost
     * and nothing comes twice. It gives up, as {@link #subscribe} does, after {@value #RESUME_ATTEMPTS} failed
     * attempts in a row, or at once on a GraphQL error (a refused role, a cursor the backend no longer knows).
     *
     * @param cursorOf the item's {@code cursor} field, which the document must select
     */
    public <T> Flux<T> subscribeResuming(String documentName, Map<String, Object> variables, String path,
                                         Class<T> type, Function<T, @Nullable String> cursorOf) {
        String accessToken = currentAccessToken();
        AtomicReference<@Nullable String> lastCursor = new AtomicReference<>();
        return Flux.defer(() -> {
                    Map<String, Object> resumed = new HashMap<>(variables);
                    String after = lastCursor.get();
                    if (after != null) {
                        resumed.put("after", after);
                    }
                    return rawSubscription(accessToken, documentName, resumed, path, type);
                })
                .doOnNext(item -> {
                    String cursor = cursorOf.apply(item);
                    if (cursor != null) {
                        lastCursor.set(cursor);
                    }
                })
                .retryWhen(Retry.backoff(RESUME_ATTEMPTS, RESUME_BACKOFF)
                        .filter(failure -> failure instanceof WebSocketDisconnectedException
                                || failure instanceof GraphQlTransportException)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorMap(failure -> translated(documentName, failure));
    }

    private WebSocketGraphQlClient connect(String accessToken) {
        return WebSocketGraphQlClient.builder(endpoint, webSocketClient)
                .interceptor(new ConnectionInitAuthorization(accessToken))
                .codecConfigurer(codecs -> {
                    codecs.defaultCodecs().jacksonJsonEncoder(encoder);
                    codecs.defaultCodecs().jacksonJsonDecoder(decoder);
                })
                .build();
    }

    private static final class SharedConnection {
        private final WebSocketGraphQlClient client;
        private int subscriptions;

        private SharedConnection(WebSocketGraphQlClient client) {
            this.client = client;
        }
    }

    private record ConnectionInitAuthorization(String accessToken) implements WebSocketGraphQlClientInterceptor {

        @Override
        public Mono<Object> connectionInitPayload() {
            return Mono.just(Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken));
        }

        @Override
        public String toString() {
            return "ConnectionInitAuthorization[accessToken=<hidden>]";
        }
    }
}
