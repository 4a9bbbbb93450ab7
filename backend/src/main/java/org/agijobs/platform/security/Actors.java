package org.agijobs.platform.security;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who caused what happens on this thread, for records such as the audit trail: the token subject of the request
 * being served, else the platform work declared with {@link #runAs} (the scheduler's), else {@link #PLATFORM}
 * (startup work such as seeding). Read from the security context so that no module passes it down every call.
 */
public final class Actors {

    /** Deadlines run by the persistent scheduler. */
    public static final String SCHEDULER = "system:scheduler";
    /** Any other work without a caller: startup seeding, housekeeping. */
    public static final String PLATFORM = "system:platform";

    private static final ThreadLocal<String> SYSTEM = new ThreadLocal<>();

    private Actors() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return token.getToken().getSubject();
        }
        String system = SYSTEM.get();
        return system == null ? PLATFORM : system;
    }

    /** Runs {@code work} as the platform actor {@code system} (e.g. {@link #SCHEDULER}). */
    public static <T> T runAs(String system, Supplier<T> work) {
        String outer = SYSTEM.get();
        SYSTEM.set(system);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(outer);
            }
        }
    }
}
