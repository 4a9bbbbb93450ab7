package org.agijobs.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's realm roles. Every authorization takes them from the access token, so revoking a role in
 * Keycloak takes effect with the next token; the participants module records the roles seen only for work that
 * runs without a token (committee draws).
 */
public enum Role {
    OWNER, EMPLOYER, AGENT, VALIDATOR, MODERATOR, GUARDIAN, INTEGRATOR;

    /** The Spring Security authority for this role, e.g. {@code ROLE_owner}. */
    public String authority() {
        return "ROLE_" + realmRoleName();
    }

    /** The role's name in the Keycloak realm, e.g. {@code owner}. */
    public String realmRoleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }
}
