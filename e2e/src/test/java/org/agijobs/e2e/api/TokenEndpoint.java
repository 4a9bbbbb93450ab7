package org.agijobs.e2e.api;

import org.agijobs.e2e.platform.Platform;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Keycloak's token endpoint of the agijobs realm, used with the client-credentials grant. */
public final class TokenEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TokenEndpoint() {
    }

    public static HttpResponse<String> requestClientCredentials(String clientId, String clientSecret) {
        String form = Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret)
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Http.send(HttpRequest.newBuilder(Platform.TOKEN_ENDPOINT)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The access token of a successful token response. */
    public static String accessToken(HttpResponse<String> tokenResponse) {
        if (tokenResponse.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token request (HTTP " + tokenResponse.statusCode()
                    + "): " + tokenResponse.body());
        }
        return JSON.readTree(tokenResponse.body()).required("access_token").asString();
    }
}
