package org.agijobs.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.agijobs.portal.security.AccessTokens;
import org.agijobs.portal.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.reactive.socket.client.TomcatWebSocketClient;

import reactor.core.publisher.Flux;

class BackendSubscriptionsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final GraphQlWsStub stub = new GraphQlWsStub();
    private BackendProperties backend;

    @BeforeEach
    void startStub() throws Exception {
        int port = stub.start();
        backend = new BackendProperties(URI.create("http://localhost:1/graphql"),
                URI.create("ws://localhost:" + port + "/graphql"), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @AfterEach
    void stopStub() throws Exception {
        stub.stop();
        SignedInUser.signOut();
    }

    @Test
    void sendsTheAccessTokenInTheConnectionInitPayloadAndNotInTheUrl() {
        BackendSubscriptions subscriptions = subscriptions(SignedInUser.withAccessToken("access-token-1"));

        List<String> ticks = subscriptions.subscribe("serverTime", "serverTime", String.class)
                .collectList().block(PATIENCE);

        assertThat(ticks).containsExactlyElementsOf(GraphQlWsStub.TICKS);
        assertThat(stub.initPayloads()).singleElement()
                .satisfies(payload -> assertThat(payload).containsEntry("Authorization", "Bearer access-token-1"));
        assertThat(stub.requestedUris()).singleElement().asString().doesNotContain("access-token-1");
    }

    @Test
    void reportsARefusedConnectionAsABackendError() {
        BackendSubscriptions subscriptions = subscriptions(SignedInUser.withAccessToken(GraphQlWsStub.REFUSED_TOKEN));

        Flux<String> ticks = subscriptions.subscribe("serverTime", "serverTime", String.class);

        assertThatThrownBy(() -> ticks.blockLast(PATIENCE)).isInstanceOf(BackendException.class)
                .hasMessage("The connection to the backend failed.");
    }

    @Test
    void reportsABackendThatIsDown() {
        BackendProperties down = new BackendProperties(backend.graphqlUrl(), URI.create("ws://localhost:1/graphql"),
                Duration.ofSeconds(2), Duration.ofSeconds(5));
        BackendSubscriptions subscriptions = new BackendSubscriptions(new TomcatWebSocketClient(),
                SignedInUser.withAccessToken("access-token-1"), down);

        Flux<String> ticks = subscriptions.subscribe("serverTime", "serverTime", String.class);

        assertThatThrownBy(() -> ticks.blockLast(PATIENCE)).isInstanceOf(BackendException.class)
                .hasMessage("The backend is not reachable at ws://localhost:1/graphql.");
    }

    @Test
    void asksToSignInAgainBeforeConnectingWhenNoTokenCanBeHad() {
        BackendSubscriptions subscriptions = subscriptions(
                SignedInUser.whoseSignInExpired(new ClientAuthorizationRequiredException("keycloak")));

        assertThatThrownBy(() -> subscriptions.subscribe("serverTime", "serverTime", String.class))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("sign in again");
        assertThat(stub.initPayloads()).isEmpty();
    }

    private BackendSubscriptions subscriptions(AccessTokens accessTokens) {
        return new BackendSubscriptions(new TomcatWebSocketClient(), accessTokens, backend);
    }
}
