package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class DemoFundingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    Ledger ledger;

    @Test
    void aDemoUserFindsAFundedWalletAtFirstSignInAndOnlyOnce() {
        var client = GraphQlClients.http(port, tokens.issueFor("demo-mona-subject", "mona.moderator", "moderator"));

        client.documentName("myParticipantId").executeSync();
        client.documentName("myParticipantId").executeSync();
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

        var balances = client.documentName("myBalanceKinds").executeSync();

        assertThat(balances.field("myBalances").toEntityList(java.util.Map.class))
                .noneSatisfy(account -> assertThat(account.get("balance")).isNotEqualTo("0"));
    }
}
