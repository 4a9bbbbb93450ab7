package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.MutableClock;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import reactor.test.StepVerifier;

@ApiTest
class ServerTimeSubscriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    MutableClock clock;

    @Test
    void streamsTheServerTimeToAClientAuthenticatedInConnectionInit() {
        var client = GraphQlClients.webSocket(port, tokens.issue("live.viewer", "employer"));

        var ticks = client.documentName("serverTimeTicks").executeSubscription()
                .map(response -> Instant.parse(response.field("serverTime").toEntity(String.class)))
                .take(2);

        StepVerifier.create(ticks)
                .assertNext(first -> assertThat(first).isBefore(clock.instant().plusSeconds(1)))
                .assertNext(second -> assertThat(second).isAfter(clock.instant().minusSeconds(5)))
                .expectComplete()
                .verify(Duration.ofSeconds(15));
        client.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void closesAConnectionWithoutAToken() {
        var client = GraphQlClients.webSocket(port, null);

        StepVerifier.create(client.documentName("serverTimeTicks").executeSubscription())
                .expectError()
                .verify(Duration.ofSeconds(15));
    }

    @Test
    void closesAConnectionWithAnUnknownToken() {
        var client = GraphQlClients.webSocket(port, "forged");

        StepVerifier.create(client.documentName("serverTimeTicks").executeSubscription())
                .expectError()
                .verify(Duration.ofSeconds(15));
    }
}
