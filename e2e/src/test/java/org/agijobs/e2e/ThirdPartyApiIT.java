package org.agijobs.e2e;

import org.agijobs.e2e.api.GraphQlEndpoint;
import org.agijobs.e2e.api.TokenEndpoint;
import org.agijobs.e2e.platform.PlatformStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A third-party system reaches the API with its own client credentials, and only with them. */
@ExtendWith(PlatformStack.class)
class ThirdPartyApiIT {

    private static final String CLIENT_ID = "third-party-demo";
    private static final String CLIENT_SECRET = "third-party-demo-secret";

    @Test
    void clientCredentialsTokenIsAnsweredAsAnIntegrator() {
        String token = TokenEndpoint.accessToken(TokenEndpoint.requestClientCredentials(CLIENT_ID, CLIENT_SECRET));

        HttpResponse<String> response = GraphQlEndpoint.post("me", Optional.of(token));

        assertThat(response.statusCode()).as("HTTP status of %s", response.body()).isEqualTo(200);
        JsonNode body = GraphQlEndpoint.json(response);
        assertThat(body.path("errors").isMissingNode()).as("no GraphQL errors in %s", body).isTrue();
        JsonNode me = body.path("data").path("me");
        assertThat(me.path("roles").valueStream().map(JsonNode::asString)).contains("INTEGRATOR");
        assertThat(me.path("participant").path("id").asString()).isNotBlank();
    }

    @Test
    void graphQlWithoutATokenIsUnauthorized() {
        HttpResponse<String> response = GraphQlEndpoint.post("me", Optional.empty());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void keycloakRefusesAWrongClientSecret() {
        HttpResponse<String> response = TokenEndpoint.requestClientCredentials(CLIENT_ID, "not-the-secret");

        assertThat(response.statusCode()).as("token response %s", response.body()).isEqualTo(401);
    }
}
