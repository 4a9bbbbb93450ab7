package org.agijobs.ledger.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who caused a transfer, for the audit column {@code ledger_transfer.actor}: the token subject of the request
 * being served, or null for the platform's own scheduled work. Read from the security context so that no
 * module has to pass it through every call down to the ledger.
 */
final class CurrentActor {

    private CurrentActor() {
    }

    static @Nullable String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? token.getToken().getSubject() : null;
    }
}
