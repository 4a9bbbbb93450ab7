package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agijobs.support.GraphQlClients;
import org.agijobs.support.ProductionApiTest;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

@ProductionApiTest
class ProductionProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Test
    void refusesIntrospectionInProduction() {
        var response = GraphQlClients.http(port, tokens.issue("prod.reader", "integrator"))
                .documentName("schemaTypeNames").executeSync();

        assertThat(response.getErrors()).isNotEmpty();
        assertThat((Object) response.getData()).isNull();
    }

    @Test
    void stillAnswersOrdinaryQueriesInProduction() {
        var response = GraphQlClients.http(port, tokens.issue("prod.user", "employer"))
                .documentName("myRoles").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("me.roles").toEntityList(String.class)).containsExactly("EMPLOYER");
    }

    @Test
    void hasNoGraphiQlPageInProduction() {
        assertThatThrownBy(() -> RestClient.create("http://localhost:" + port).get().uri("/graphiql")
                .retrieve().toBodilessEntity())
                .isInstanceOfAny(HttpClientErrorException.NotFound.class, HttpClientErrorException.Unauthorized.class);
    }
}
