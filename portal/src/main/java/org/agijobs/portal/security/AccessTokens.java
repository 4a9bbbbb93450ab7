package org.agijobs.portal.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * The signed-in user's access token for calls to the backend. Goes through the authorized client manager on every
 * call, so a token that has expired (Keycloak issues them for 5 minutes) is refreshed first.
 */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager authorizedClients;

    AccessTokens(OAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    /**
     * Must run in a request of the signed-in user: the tokens live in that user's HTTP session.
     *
     * @throws org.springframework.security.oauth2.core.OAuth2AuthorizationException when the user has to sign in
     *                                                                               again (refresh token expired)
     */
    public String currentAccessToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken)) {
            throw new ClientAuthorizationRequiredException(KeycloakClientRegistration.REGISTRATION_ID);
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(KeycloakClientRegistration.REGISTRATION_ID)
                .principal(authentication)
                .attributes(AccessTokens::addVaadinServletExchange)
                .build();
        OAuth2AuthorizedClient client = authorizedClients.authorize(request);
        if (client == null) {
            throw new ClientAuthorizationRequiredException(KeycloakClientRegistration.REGISTRATION_ID);
        }
        return client.getAccessToken().getTokenValue();
    }

    /**
     * The manager falls back to Spring's request context, which Vaadin requests do not always carry; passing
     * Vaadin's current request and response explicitly keeps the session-backed token store reachable.
     */
    private static void addVaadinServletExchange(Map<String, Object> attributes) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            attributes.put(HttpServletRequest.class.getName(), request.getHttpServletRequest());
            attributes.put(HttpServletResponse.class.getName(), response.getHttpServletResponse());
        }
    }
}
