package org.agijobs.participants.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Callers;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records the realm roles of every authenticated HTTP request's token ({@link SeenRoles}), before the request is
 * handled and in a transaction of its own: a validator whose role was revoked is known as such even when the
 * request itself is then refused for lacking the role. A servlet filter bean, so it runs after Spring Security's
 * chain has authenticated the token. Subscriptions (graphql-ws) authenticate inside the socket and are not seen.
 * Each instance remembers the newest token it recorded per subject: a token is the same token on every request,
 * so only its first request on an instance costs a statement (and only a change of roles writes).
 */
@Component
class SeenRolesFilter extends OncePerRequestFilter {

    /** Subjects remembered per instance; forgetting one costs a statement, never a wrong record. */
    private static final int REMEMBERED = 10_000;

    private record Recorded(@Nullable Instant issuedAt, Set<Role> roles) {
    }

    /** Looked up at the first request: filters are created with the web server, before the database is ready. */
    private final ObjectProvider<SeenRoles> seenRoles;
    private final Map<String, Recorded> recorded = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Recorded> eldest) {
                    return size() > REMEMBERED;
                }
            });

    SeenRolesFilter(ObjectProvider<SeenRoles> seenRoles) {
        this.seenRoles = seenRoles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && token.isAuthenticated()) {
            Caller caller = Callers.callerOf(token);
            Recorded seen = new Recorded(token.getToken().getIssuedAt(), caller.roles());
            if (!alreadyRecorded(caller.subject(), seen)) {
                seenRoles.getObject().record(caller.subject(), caller.roles(), seen.issuedAt());
                if (seen.issuedAt() != null) {
                    recorded.put(caller.subject(), seen);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether this instance recorded this token, or a newer one, for the subject: the statement would then change
     * nothing, since the database keeps the newest token's roles.
     */
    private boolean alreadyRecorded(String subject, Recorded seen) {
        Recorded last = recorded.get(subject);
        if (last == null || seen.issuedAt() == null || last.issuedAt() == null) {
            return false;
        }
        return seen.issuedAt().isBefore(last.issuedAt())
                || seen.issuedAt().equals(last.issuedAt()) && Objects.equals(seen.roles(), last.roles());
    }
}
