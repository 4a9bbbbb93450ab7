package org.agijobs.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Spring Security test JWTs for backend tests: the decoder is replaced by one that knows the tokens the
 * test handed out, so the whole HTTP and WebSocket security chain runs except the signature check
 * (real Keycloak tokens are tested by the identity and e2e modules).
 */
public final class TestTokens implements JwtDecoder {

    private final Map<String, Jwt> issued = new ConcurrentHashMap<>();

    /** A token for a user with the given username and realm roles; the username also makes the subject. */
    public String issue(String username, String... realmRoles) {
        return issueFor("subject-of-" + username, username, realmRoles);
    }

    /** A token for the given subject: two subjects may suggest the same username. */
    public String issueFor(String subject, String username, String... realmRoles) {
        String value = "test-token-" + subject + "-" + username + "-" + String.join("-", realmRoles);
        Instant now = Instant.now();
        issued.put(value, Jwt.withTokenValue(value)
                .header("alg", "RS256")
                .subject(subject)
                .issuer("http://localhost:8180/realms/agijobs")
                .audience(List.of("api"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("preferred_username", username)
                .claim("name", "Name of " + username)
                .claim("realm_access", Map.of("roles", Arrays.asList(realmRoles)))
                .build());
        return value;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = issued.get(token);
        if (jwt == null) {
            throw new BadJwtException("Unknown token");
        }
        return jwt;
    }
}
