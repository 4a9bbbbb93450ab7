package org.agijobs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RealmRoleConverterTest {

    private final RealmRoleConverter converter = new RealmRoleConverter();

    @Test
    void mapsThePlatformsRealmRolesToRoleAuthorities() {
        Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("owner", "guardian"))));

        assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_owner", "ROLE_guardian");
    }

    @Test
    void ignoresKeycloakDefaultRolesAndUnknownOnes() {
        Jwt jwt = token(Map.of("realm_access", Map.of("roles",
                List.of("offline_access", "uma_authorization", "default-roles-agijobs", "superuser", "agent"))));

        assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_agent");
    }

    @Test
    void grantsNothingWithoutRealmAccess() {
        assertThat(converter.convert(token(Map.of("scope", "openid")))).isEmpty();
        assertThat(converter.convert(token(Map.of("realm_access", "not-a-map")))).isEmpty();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claims(c -> c.putAll(claims)).build();
    }
}
