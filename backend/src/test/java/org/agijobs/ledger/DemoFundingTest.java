package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.ApiTest;
import org.agijobs.support.EventPublications;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** Demo money follows the registration's commit, through the event publication registry. */
@ApiTest
class DemoFundingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    EventPublications publications;

    @Test
    void aDemoUserFindsAFundedWalletAfterFirstSignInAndOnlyOnce() {
        var client = GraphQlClients.http(port, tokens.issueFor("demo-mona-subject", "mona.moderator", "moderator"));

        UUID participant = register(client);
        client.documentName("myParticipantId").executeSync();
        publications.awaitCompletionOf(participant);

        assertThat(publications.of(participant)).hasSize(1);
        var balances = client.documentName("myBalanceKinds").executeSync();
        assertThat(balances.field("myBalances").toEntityList(java.util.Map.class))
                .anySatisfy(account -> {
                    assertThat(account.get("kind")).isEqualTo("WALLET");
                    assertThat(account.get("balance")).isEqualTo("100");
                });
    }

    @Test
    void anyOtherNewParticipantStartsWithAnEmptyWallet() {
        var client = GraphQlClients.http(port, tokens.issue("someone.new", "employer"));

        UUID participant = register(client);
        publications.awaitCompletionOf(participant);

        var balances = client.documentName("myBalanceKinds").executeSync();
        assertThat(balances.field("myBalances").toEntityList(java.util.Map.class))
                .noneSatisfy(account -> assertThat(account.get("balance")).isNotEqualTo("0"));
    }

    private static UUID register(HttpSyncGraphQlClient client) {
        String globalId = client.documentName("myParticipantId").executeSync().field("me.participant.id")
                .toEntity(String.class);
        return GlobalId.decode(globalId).orElseThrow().id();
    }
}
