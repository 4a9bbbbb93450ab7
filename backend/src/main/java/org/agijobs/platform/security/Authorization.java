package org.agijobs.platform.security;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;

/**
 * Role checks for module services (DOMAIN.md: every mutation names the roles allowed). A refusal is a
 * {@link DomainException} with {@link ErrorCode#FORBIDDEN}: a {@code userErrors} entry in a mutation, a
 * FORBIDDEN GraphQL error in a query.
 */
public final class Authorization {

    private Authorization() {
    }

    /** Passes when the caller holds at least one of {@code allowed}. */
    public static void requireAnyOf(Caller caller, Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(caller::has)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Allowed for the roles "
                    + Arrays.stream(allowed).map(Role::realmRoleName).collect(Collectors.joining(", ")) + " only");
        }
    }

    /** Passes when the caller holds any platform role at all: a token without one may only read its profile. */
    public static void requireSomeRole(Caller caller) {
        requireAnyOf(caller, Role.values());
    }
}
