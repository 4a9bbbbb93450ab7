package org.agijobs.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class TermsAcknowledgementTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Test
    void acknowledgesTheCurrentTermsVersion() {
        var client = GraphQlClients.http(port, tokens.issue("terms.reader", "employer"));
        int current = client.documentName("currentTermsVersion").executeSync()
                .field("currentTermsVersion").toEntity(Integer.class);

        var response = client.documentName("acknowledgeTermsVersion").variable("version", current).executeSync();

        assertThat(response.field("acknowledgeTerms.userErrors").toEntityList(Object.class)).isEmpty();
        assertThat(response.field("acknowledgeTerms.participant.policyVersionAcknowledged").toEntity(Integer.class))
                .isEqualTo(current);
    }

    @Test
    void refusesAnyOtherVersionAndChangesNothing() {
        var client = GraphQlClients.http(port, tokens.issue("terms.skipper", "agent"));
        int current = client.documentName("currentTermsVersion").executeSync()
                .field("currentTermsVersion").toEntity(Integer.class);

        var response = client.documentName("acknowledgeTermsVersion").variable("version", current + 1).executeSync();

        assertThat((Object) response.field("acknowledgeTerms.participant").getValue()).isNull();
        assertThat(response.field("acknowledgeTerms.userErrors[0].code").toEntity(String.class)).isEqualTo("INVALID_INPUT");
        assertThat(response.field("acknowledgeTerms.userErrors[0].field").toEntity(String.class)).isEqualTo("input.version");
        assertThat(client.documentName("myAcknowledgedTerms").executeSync()
                .field("me.participant.policyVersionAcknowledged").toEntity(Integer.class)).isZero();
    }

    @Test
    void refusesATokenWithoutAPlatformRole() {
        var client = GraphQlClients.http(port, tokens.issue("no.role", "offline_access"));

        var response = client.documentName("acknowledgeTermsVersion").variable("version", 1).executeSync();

        assertThat(response.field("acknowledgeTerms.userErrors[0].code").toEntity(String.class)).isEqualTo("FORBIDDEN");
    }
}
