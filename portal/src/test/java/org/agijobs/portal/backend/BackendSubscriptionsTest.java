package org.agijobs.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agijobs.portal.security.AccessTokens;
import org.agijobs.portal.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.reactive.socket.client.TomcatWebSocketClient;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;

class BackendSubscriptionsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Asks the stub to keep the subscription open after its ticks. */
    private static final Map<String, Object> HELD = Map.of("held", true);

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

    @Test
    void subscriptionsMadeWithOneTokenShareOneWebSocketThatClosesWithTheLastOfThem() {
        BackendSubscriptions subscriptions = subscriptions(SignedInUser.withAccessToken("access-token-1"));
        List<String> banner = new CopyOnWriteArrayList<>();
        List<String> list = new CopyOnWriteArrayList<>();

        Disposable first = subscriptions.subscribe("serverTime", HELD, "serverTime", String.class)
                .subscribe(banner::add);
        Disposable second = subscriptions.subscribe("serverTime", HELD, "serverTime", String.class)
                .subscribe(list::add);
        await().atMost(PATIENCE).until(() -> banner.size() == GraphQlWsStub.TICKS.size() && list.size() == GraphQlWsStub.TICKS.size());

        assertThat(stub.requestedUris()).hasSize(1);
        assertThat(stub.openSessions()).isEqualTo(1);
        first.dispose();
        assertThat(subscriptions.openConnections()).isEqualTo(1);
        second.dispose();
        await().atMost(PATIENCE).until(() -> stub.openSessions() == 0);
        assertThat(subscriptions.openConnections()).isZero();
    }

    @Test
    void aRefreshedTokenOpensANewWebSocketForTheSubscriptionsThatFollow() {
        BackendSubscriptions subscriptions = subscriptions(
                SignedInUser.withRefreshedAccessTokens("access-token-1", "access-token-2"));
        List<String> before = new CopyOnWriteArrayList<>();
        List<String> after = new CopyOnWriteArrayList<>();

        Disposable first = subscriptions.subscribe("serverTime", HELD, "serverTime", String.class)
                .subscribe(before::add);
        Disposable second = subscriptions.subscribe("serverTime", HELD, "serverTime", String.class)
                .subscribe(after::add);
        await().atMost(PATIENCE).until(() -> before.size() == GraphQlWsStub.TICKS.size() && after.size() == GraphQlWsStub.TICKS.size());

        assertThat(stub.openSessions()).isEqualTo(2);
        assertThat(stub.initPayloads()).extracting(payload -> payload.get("Authorization"))
                .containsExactlyInAnyOrder("Bearer access-token-1", "Bearer access-token-2");
        first.dispose();
        second.dispose();
        await().atMost(PATIENCE).until(() -> stub.openSessions() == 0);
    }

    @Test
    void aDroppedConnectionIsResumedAfterTheCursorOfTheLastItemDelivered() {
        BackendSubscriptions subscriptions = subscriptions(SignedInUser.withAccessToken("access-token-1"));

        List<String> ticks = subscriptions.subscribeResuming("serverTime", Map.of("drop", true), "serverTime",
                String.class, tick -> tick).collectList().block(PATIENCE);

        // The stub replays nothing itself: the second half is what the resumed subscription was sent.
        assertThat(ticks).hasSize(2 * GraphQlWsStub.TICKS.size());
        assertThat(stub.subscribeVariables()).hasSize(2);
        assertThat(stub.subscribeVariables().getFirst()).doesNotContainKey("after");
        assertThat(stub.subscribeVariables().getLast()).containsEntry("after", GraphQlWsStub.TICKS.getLast());
    }

    private BackendSubscriptions subscriptions(AccessTokens accessTokens) {
        return new BackendSubscriptions(new TomcatWebSocketClient(), accessTokens, backend);
    }
}
