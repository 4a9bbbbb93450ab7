package org.agijobs.portal.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns Keycloak's {@code realm_access.roles} claim of an access token into {@code ROLE_<role>} authorities.
 */
public final class RealmRoleAuthorities {

    static final String REALM_ACCESS_CLAIM = "realm_access";
    static final String ROLES = "roles";

    private RealmRoleAuthorities() {
    }

    /**
     * Keycloak also puts its own roles there (offline_access, default-roles-agijobs, ...); only the platform's
     * roles become authorities, so no view or backend rule can accidentally depend on Keycloak internals.
     */
    public static Set<GrantedAuthority> fromClaims(Map<String, Object> claims) {
        if (!(claims.get(REALM_ACCESS_CLAIM) instanceof Map<?, ?> realmAccess)
                || !(realmAccess.get(ROLES) instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream()
                .filter(String.class::isInstance)
                .map(role -> ((String) role).toLowerCase(Locale.ROOT))
                .filter(Roles.ALL::contains)
                .map(role -> new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + role))
                .collect(Collectors.toUnmodifiableSet());
    }
}
