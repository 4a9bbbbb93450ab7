package org.agijobs.portal.security;

import java.security.Principal;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** What the UI needs to know about the signed-in user, and the way to sign out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public String displayName() {
        return authenticationContext.getAuthenticatedUser(OidcUser.class)
                .map(CurrentUser::displayNameOf)
                .orElse("");
    }

    /** Empty for anonymous visitors, matching Vaadin's view access checks. */
    public Optional<Principal> principal() {
        if (!authenticationContext.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The token subject (the Keycloak user id), as the backend names council members; empty when anonymous. */
    public String subject() {
        return authenticationContext.getAuthenticatedUser(OidcUser.class).map(OidcUser::getSubject).orElse("");
    }

    public boolean hasRole(String role) {
        return authenticationContext.hasRole(role);
    }

    /** Ends the portal session and, through RP-initiated logout, the Keycloak session. */
    public void signOut() {
        authenticationContext.logout();
    }

    static String displayNameOf(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        if (user.getPreferredUsername() != null) {
            return user.getPreferredUsername();
        }
        return user.getName();
    }
}
