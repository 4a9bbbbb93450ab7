package org.agijobs.e2e.api;

import org.agijobs.e2e.platform.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One user's calls to the GraphQL API with variables, as their own software would make them; a call that the
 * backend answers with an error or a user error fails the test with the backend's words.
 */
public final class GraphQlCall {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String accessToken;

    public GraphQlCall(String accessToken) {
        this.accessToken = accessToken;
    }

    /** Runs the document graphql-test/NAME.graphql and returns its {@code data}. */
    public JsonNode data(String document, Map<String, Object> variables) {
        String body = JSON.writeValueAsString(Map.of("query", load(document), "variables", variables));
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Platform.GRAPHQL)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        JsonNode json = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (json == null || !json.path("errors").isMissingNode()) {
            throw new IllegalStateException(document + " failed (HTTP " + response.statusCode() + "): " + response.body());
        }
        return json.path("data");
    }

    /** Runs a mutation document and fails on any user error of its payload, {@code data.FIELD.userErrors}. */
    public void mutate(String document, String field, Map<String, Object> variables) {
        JsonNode userErrors = data(document, variables).path(field).path("userErrors");
        if (!userErrors.isEmpty()) {
            throw new IllegalStateException(document + " was refused: " + userErrors);
        }
    }

    private static String load(String document) {
        String resource = "/graphql-test/" + document + ".graphql";
        try (InputStream in = GraphQlCall.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
