package org.agijobs.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims of a JWT access token. The signature is not checked: these tests are about what Keycloak puts
 * into its tokens; the backend is where signatures are validated.
 */
record AccessToken(JsonNode claims) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static AccessToken fromTokenResponse(String tokenResponseBody) {
        String jwt = JSON.readTree(tokenResponseBody).path("access_token").asString();
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWT: " + tokenResponseBody);
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return new AccessToken(JSON.readTree(payload));
    }

    List<String> realmRoles() {
        return strings(claims.path("realm_access").path("roles"));
    }

    /** {@code aud} is a single string when there is one audience and an array otherwise. */
    List<String> audiences() {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? strings(aud) : List.of(aud.asString());
    }

    long lifetimeSeconds() {
        return claims.path("exp").asLong() - claims.path("iat").asLong();
    }

    String claim(String name) {
        return claims.path(name).asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
