package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class ApiLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Test
    void refusesAQueryDeeperThanTheLimit() {
        // 13 levels of selection, one more than the configured maximum depth of 12.
        String deep = "{ __schema { types { fields { type " + "{ ofType ".repeat(8) + "{ name }" + " }".repeat(8) + " } } } }";

        var response = GraphQlClients.http(port, tokens.issue("deep.diver", "integrator")).document(deep).executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).containsIgnoringCase("depth"));
        assertThat((Object) response.getData()).isNull();
    }

    @Test
    void refusesAQueryCostlierThanTheLimit() {
        String costly = IntStream.rangeClosed(1, 1001).mapToObj(i -> "t" + i + ": serverTime")
                .collect(Collectors.joining(" ", "{ ", " }"));

        var response = GraphQlClients.http(port, tokens.issue("big.spender", "integrator")).document(costly).executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).containsIgnoringCase("complexity"));
        assertThat((Object) response.getData()).isNull();
    }

    @Test
    void answersAQueryWithinTheLimits() {
        var response = GraphQlClients.http(port, tokens.issue("fair.user", "integrator"))
                .documentName("serverTime").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("serverTime").toEntity(String.class)).endsWith("Z");
    }

    @Test
    void introspectionIsOnInTheDevProfile() {
        var response = GraphQlClients.http(port, tokens.issue("schema.reader", "integrator"))
                .documentName("participantTypeDescriptions").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("__type.description").toEntity(String.class)).isNotBlank();
    }
}
