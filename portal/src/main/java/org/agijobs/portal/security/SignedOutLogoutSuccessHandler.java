package org.agijobs.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.util.UriComponentsBuilder;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;

/**
 * RP-initiated logout: ends the Keycloak session too, then comes back to the portal. Keycloak only accepts the
 * registered post-logout URI (the portal's root), so a {@code state} travels along and comes back as a query
 * parameter; {@link SignedOutRedirectFilter} uses it to show the signed-out page instead of a fresh login.
 */
final class SignedOutLogoutSuccessHandler extends OidcClientInitiatedLogoutSuccessHandler {

    static final String STATE = "signed-out";

    SignedOutLogoutSuccessHandler(ClientRegistrationRepository registrations, String postLogoutRedirectUri) {
        super(registrations);
        setPostLogoutRedirectUri(postLogoutRedirectUri);
        setDefaultTargetUrl("/" + SignedOutView.ROUTE);
        // Sign-out is clicked in the Vaadin UI, so the redirect must go through the UI, not an HTTP 302.
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        String target = super.determineTargetUrl(request, response, authentication);
        if (!isEndSessionRequest(target)) {
            return target;
        }
        return UriComponentsBuilder.fromUriString(target).queryParam("state", STATE).build(true).toUriString();
    }

    private static boolean isEndSessionRequest(String target) {
        return UriComponentsBuilder.fromUriString(target).build().getQueryParams().containsKey("id_token_hint");
    }
}
