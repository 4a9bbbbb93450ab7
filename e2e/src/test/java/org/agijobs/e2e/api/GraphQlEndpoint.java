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
import java.util.Optional;

/** The backend's GraphQL endpoint over plain HTTP, with the operation documents kept in graphql-test/. */
public final class GraphQlEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GraphQlEndpoint() {
    }

    /** Posts the named document (src/test/resources/graphql-test/NAME.graphql), with a bearer token if given. */
    public static HttpResponse<String> post(String document, Optional<String> accessToken) {
        String body = JSON.writeValueAsString(Map.of("query", load(document)));
        HttpRequest.Builder request = HttpRequest.newBuilder(Platform.GRAPHQL)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return Http.send(request.build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String load(String document) {
        String resource = "/graphql-test/" + document + ".graphql";
        try (InputStream in = GraphQlEndpoint.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
