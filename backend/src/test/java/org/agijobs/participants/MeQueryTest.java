package org.agijobs.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.HttpClientErrorException;

@ApiTest
class MeQueryTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Test
    void createsTheProfileOnFirstUseAndReturnsTheTokensRoles() {
        String token = tokens.issue("emma.employer", "employer", "offline_access", "default-roles-agijobs");

        var response = GraphQlClients.http(port, token).documentName("me").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("me.roles").toEntityList(String.class)).containsExactly("EMPLOYER");
        assertThat(response.field("me.participant.handle").toEntity(String.class)).isEqualTo("emma.employer");
        assertThat(response.field("me.participant.displayName").toEntity(String.class)).isEqualTo("Name of emma.employer");
        assertThat(response.field("me.participant.agentType").toEntity(String.class)).isEqualTo("HUMAN");
        assertThat(response.field("me.participant.blacklisted").toEntity(Boolean.class)).isFalse();
        assertThat(response.field("me.participant.createdAt").toEntity(String.class)).endsWith("Z");
    }

    @Test
    void returnsTheSameProfileOnLaterCalls() {
        String token = tokens.issue("ada.agent", "agent", "validator");
        var client = GraphQlClients.http(port, token);

        String first = client.documentName("me").executeSync().field("me.participant.id").toEntity(String.class);
        var second = client.documentName("me").executeSync();

        assertThat(second.field("me.participant.id").toEntity(String.class)).isEqualTo(first);
        assertThat(second.field("me.roles").toEntityList(String.class)).containsExactly("AGENT", "VALIDATOR");
    }

    @Test
    void concurrentFirstCallsOfOneUserCreateOneProfile() throws Exception {
        String token = tokens.issue("racing.user", "agent");
        Callable<String> call = () -> GraphQlClients.http(port, token).documentName("me").executeSync()
                .field("me.participant.id").toEntity(String.class);
        List<String> ids;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> futures = pool.invokeAll(java.util.Collections.nCopies(16, call));
            ids = futures.stream().map(MeQueryTest::join).toList();
        }
        assertThat(ids).hasSize(16).containsOnly(ids.getFirst());
    }

    @Test
    void aHandleTakenByAnotherSubjectGetsASuffix() {
        String first = tokens.issue("same.name", "agent");
        GraphQlClients.http(port, first).documentName("me").executeSync();
        String other = tokens.issueFor("another-subject", "same.name", "agent");

        var response = GraphQlClients.http(port, other).documentName("me").executeSync();

        assertThat(response.field("me.participant.handle").toEntity(String.class)).isEqualTo("same.name-2");
    }

    @Test
    void nodeFetchesAParticipantByGlobalIdAndGivesNullForUnknownIds() {
        String token = tokens.issue("node.reader", "integrator");
        var client = GraphQlClients.http(port, token);
        String id = client.documentName("me").executeSync().field("me.participant.id").toEntity(String.class);

        var found = client.documentName("participantNode")
                .variable("id", id).executeSync();
        var unknown = client.documentName("unknownNode").executeSync();

        assertThat(found.field("node.handle").toEntity(String.class)).isEqualTo("node.reader");
        assertThat(unknown.getErrors()).isEmpty();
        assertThat((Object) unknown.field("node").getValue()).isNull();
    }

    @Test
    void refusesRequestsWithoutAToken() {
        assertThatThrownBy(() -> GraphQlClients.http(port, null).documentName("me").executeSync())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    @Test
    void refusesRequestsWithAnUnknownToken() {
        assertThatThrownBy(() -> GraphQlClients.http(port, "forged").documentName("me").executeSync())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
