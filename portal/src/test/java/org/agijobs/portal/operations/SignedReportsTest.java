package org.agijobs.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.BackendProperties;
import org.agijobs.portal.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The signed report fetched from a stand-in backend over real HTTP. */
class SignedReportsTest {

    private static final String SIGNED = "{\"keyId\":\"k1\",\"jws\":\"eyJ.eyJ.sig\",\"report\":{\"gmv\":\"1.5\"}}";

    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
        SignedInUser.signOut();
    }

    @Test
    void theReportArrivesByteForByteFetchedWithTheOwnersToken() throws IOException {
        SignedReports reports = new SignedReports(backendAnswering(200, SIGNED),
                SignedInUser.withAccessToken("owner-token"));

        assertThat(new String(reports.current(), StandardCharsets.UTF_8)).isEqualTo(SIGNED);
        assertThat(authorization.get()).isEqualTo("Bearer owner-token");
    }

    @Test
    void aRefusalBecomesAMessageForThePage() throws IOException {
        SignedReports reports = new SignedReports(backendAnswering(403, "{\"code\":\"FORBIDDEN\"}"),
                SignedInUser.withAccessToken("someone"));

        assertThatThrownBy(reports::current).isInstanceOf(BackendException.class)
                .hasMessage("The signed report could not be fetched from the backend.");
    }

    private BackendProperties backendAnswering(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/reports/report.json", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        URI graphql = URI.create("http://localhost:" + server.getAddress().getPort() + "/graphql");
        return new BackendProperties(graphql, URI.create("ws://localhost:1/graphql"), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }
}
