package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Same configuration as ProductionProfileTest, so both share one application context. */
@ApiTest
@ActiveProfiles("prod")
@TestPropertySource(properties = {
        "DB_URL=jdbc:postgresql://replaced-by-the-test-database/agijobs",
        "DB_USERNAME=postgres",
        "DB_PASSWORD=postgres",
        "KEYCLOAK_ISSUER_URI=https://id.example.org/realms/agijobs",
        "KEYCLOAK_JWK_SET_URI=http://keycloak:8080/realms/agijobs/protocol/openid-connect/certs"})
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
                .document("mutation { requestFaucet(input: {amount: \"1\"}) { userErrors { code } } }").executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("requestFaucet"));
        assertThat(context.getBeanNamesForType(DemoFaucet.class)).isEmpty();
    }

    @Test
    void productionStillHasTheOtherMoneyMutations() {
        var response = GraphQlClients.http(port, tokens.issue("prod.saver", "agent"))
                .document("mutation { withdraw(input: {amount: \"1\"}) { userErrors { code } } }").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("withdraw.userErrors[0].code").toEntity(String.class)).isEqualTo("INSUFFICIENT_FUNDS");
    }
}
