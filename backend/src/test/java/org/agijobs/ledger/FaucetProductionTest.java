package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.support.GraphQlClients;
import org.agijobs.support.ProductionApiTest;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@ProductionApiTest
class FaucetProductionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    ApplicationContext context;

    @Test
    void productionHasNoFaucet() {
        var response = GraphQlClients.http(port, tokens.issue("prod.greedy", "agent"))
                .documentName("requestOneFromTheFaucet").executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("requestFaucet"));
        assertThat(context.getBeanNamesForType(DemoFaucet.class)).isEmpty();
    }

    @Test
    void productionStillHasTheOtherMoneyMutations() {
        var response = GraphQlClients.http(port, tokens.issue("prod.saver", "agent"))
                .documentName("withdrawOne").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("withdraw.userErrors[0].code").toEntity(String.class)).isEqualTo("INSUFFICIENT_FUNDS");
    }
}
