package org.agijobs.portal.security;

import java.util.Set;

/**
 * The platform's realm roles, as Keycloak names them. Constants rather than an enum so that
 * {@code @RolesAllowed} can use them.
 */
public final class Roles {

    public static final String OWNER = "owner";
    public static final String EMPLOYER = "employer";
    public static final String AGENT = "agent";
    public static final String VALIDATOR = "validator";
    public static final String MODERATOR = "moderator";
    public static final String GUARDIAN = "guardian";
    public static final String INTEGRATOR = "integrator";

    public static final Set<String> ALL =
            Set.of(OWNER, EMPLOYER, AGENT, VALIDATOR, MODERATOR, GUARDIAN, INTEGRATOR);

    /** Spring Security's and Vaadin's convention, so {@code @RolesAllowed("owner")} matches {@code ROLE_owner}. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }
}
