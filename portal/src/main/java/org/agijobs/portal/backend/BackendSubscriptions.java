package org.agijobs.portal.backend;

import java.net.URI;
import java.util.Map;

import org.agijobs.portal.security.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.socket.client.WebSocketClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL subscriptions over graphql-ws, one WebSocket per subscription. The access token travels in the
 * {@code connection_init} payload, never in the URL, where proxies would log it.
 */
@Service
public class BackendSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(BackendSubscriptions.class);

    private final WebSocketClient webSocketClient;
    private final AccessTokens accessTokens;
    private final URI endpoint;

    BackendSubscriptions(WebSocketClient webSocketClient, AccessTokens accessTokens, BackendProperties backend) {
        this.webSocketClient = webSocketClient;
        this.accessTokens = accessTokens;
        this.endpoint = backend.graphqlWsUrl();
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
        String accessToken;
        try {
            accessToken = accessTokens.currentAccessToken();
        } catch (RuntimeException e) {
            throw BackendErrors.translate(e, endpoint);
        }
        return Flux.usingWhen(
                        Mono.fromSupplier(() -> connect(accessToken)),
                        client -> client.documentName(documentName).variables(variables).retrieveSubscription(path)
                                .toEntity(type),
                        WebSocketGraphQlClient::stop)
                .onErrorMap(failure -> {
                    log.warn("Backend subscription '{}' failed", documentName, failure);
                    return BackendErrors.translate(failure, endpoint);
                });
    }

    private WebSocketGraphQlClient connect(String accessToken) {
        return WebSocketGraphQlClient.builder(endpoint, webSocketClient)
                .interceptor(new ConnectionInitAuthorization(accessToken))
                .build();
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
