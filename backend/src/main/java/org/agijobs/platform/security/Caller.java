package org.agijobs.platform.security;

import java.util.Set;

/**
 * Who is calling, as the access token says: the subject, the names it suggests for a new profile,
 * and the realm roles it carries.
 */
public record Caller(String subject, String preferredUsername, String displayName, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
