package org.agijobs.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

import org.agijobs.portal.profile.Viewer;
import org.agijobs.portal.security.AccessTokens;
import org.agijobs.portal.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Against a stub backend on a real socket: what goes over the wire, and what the user reads when it fails. */
class BackendClientTest {

    private static final String ME = """
            {"data":{"me":{"participant":{"id":"UGFydGljaXBhbnQ6MQ==","handle":"olivia","displayName":"Olivia Owner",
            "agentType":"HUMAN","skills":["governance"],"profileUri":null,"policyVersionAcknowledged":1,
            "blacklisted":false,"createdAt":"2026-11-20T10:15:30Z"},"roles":["OWNER","GUARDIAN"]}}}""";

    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> requestBody = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String responseBody = ME;

    private AccessTokens accessTokens = SignedInUser.withAccessToken("access-token-1");
    private HttpServer server;
    private BackendProperties backend;

    @BeforeEach
    void startStubBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/graphql", this::answer);
        server.start();
        backend = new BackendProperties(URI.create("http://localhost:" + server.getAddress().getPort() + "/graphql"),
                URI.create("ws://localhost:1/graphql"), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @AfterEach
    void stopStubBackend() {
        server.stop(0);
        SignedInUser.signOut();
    }

    @Test
    void sendsTheDocumentWithTheUsersAccessTokenAndDecodesTheAnswer() {
        Viewer viewer = client().query("me", "me", Viewer.class);

        assertThat(authorization.get()).isEqualTo("Bearer access-token-1");
        assertThat(requestBody.get()).contains("query me").contains("policyVersionAcknowledged");
        assertThat(viewer.participant().handle()).isEqualTo("olivia");
        assertThat(viewer.participant().createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:30Z"));
        assertThat(viewer.roles()).containsExactly("OWNER", "GUARDIAN");
    }

    @Test
    void reportsGraphQlErrorsByTheirMessages() {
        responseBody = """
                {"errors":[{"message":"Forbidden","extensions":{"classification":"FORBIDDEN"}}],"data":null}""";

        assertThatThrownBy(() -> client().query("me", "me", Viewer.class))
                .isInstanceOf(BackendException.class)
                .hasMessage("The backend reported: Forbidden");
    }

    @Test
    void reportsARejectedToken() {
        status = 401;
        responseBody = "";

        assertThatThrownBy(() -> client().query("me", "me", Viewer.class))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void reportsABackendThatIsDown() {
        server.stop(0);

        assertThatThrownBy(() -> client().query("me", "me", Viewer.class))
                .isInstanceOf(BackendException.class)
                .hasMessage("The backend is not reachable at " + backend.graphqlUrl() + ".");
    }

    @Test
    void asksToSignInAgainWhenNoTokenCanBeHad() {
        accessTokens = SignedInUser.whoseSignInExpired(new ClientAuthorizationRequiredException("keycloak"));

        assertThatThrownBy(() -> client().query("me", "me", Viewer.class))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("sign in again");
    }

    private BackendClient client() {
        return new BackendClient(new BackendConfiguration().backendGraphQlClient(backend, accessTokens), backend);
    }

    private void answer(HttpExchange exchange) throws IOException {
        authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
        requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = responseBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
