package org.agijobs.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RealmRoleAuthoritiesTest {

    @Test
    void mapsEachPlatformRoleToAPrefixedAuthority() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("owner", "guardian")));

        assertThat(authorityNames(claims)).containsExactlyInAnyOrder("ROLE_owner", "ROLE_guardian");
    }

    @Test
    void mapsAllSevenPlatformRoles() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.copyOf(Roles.ALL)));

        assertThat(authorityNames(claims)).containsExactlyInAnyOrder("ROLE_owner", "ROLE_employer", "ROLE_agent",
                "ROLE_validator", "ROLE_moderator", "ROLE_guardian", "ROLE_integrator");
    }

    @Test
    void ignoresKeycloaksOwnRoles() {
        Map<String, Object> claims = Map.of("realm_access",
                Map.of("roles", List.of("offline_access", "uma_authorization", "default-roles-agijobs", "agent")));

        assertThat(authorityNames(claims)).containsExactly("ROLE_agent");
    }

    @Test
    void lowercasesRoleNames() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("EMPLOYER")));

        assertThat(authorityNames(claims)).containsExactly("ROLE_employer");
    }

    @Test
    void grantsNothingWithoutRealmAccess() {
        assertThat(RealmRoleAuthorities.fromClaims(Map.of("sub", "someone"))).isEmpty();
    }

    @Test
    void grantsNothingForMalformedClaims() {
        assertThat(RealmRoleAuthorities.fromClaims(Map.of("realm_access", "owner"))).isEmpty();
        assertThat(RealmRoleAuthorities.fromClaims(Map.of("realm_access", Map.of("roles", "owner")))).isEmpty();
        assertThat(RealmRoleAuthorities.fromClaims(Map.of("realm_access", Map.of("roles", List.of(42))))).isEmpty();
    }

    private static List<String> authorityNames(Map<String, Object> claims) {
        return RealmRoleAuthorities.fromClaims(claims).stream().map(GrantedAuthority::getAuthority).toList();
    }
}
