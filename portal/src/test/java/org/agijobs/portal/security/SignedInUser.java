package org.agijobs.portal.security;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;

/** A signed-in user whose token store hands out a fixed access token, or refuses to, for backend tests. */
public final class SignedInUser {

    private SignedInUser() {
    }

    public static AccessTokens withAccessToken(String tokenValue) {
        signIn();
        OAuth2AuthorizedClientManager manager = request -> new OAuth2AuthorizedClient(registration(),
                request.getPrincipal().getName(), new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                        tokenValue, Instant.now(), Instant.now().plusSeconds(300)));
        return new AccessTokens(manager);
    }

    /** A user whose token is refreshed between calls: each call gets the next value, the last one repeating. */
    public static AccessTokens withRefreshedAccessTokens(String... tokenValues) {
        signIn();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        OAuth2AuthorizedClientManager manager = request -> new OAuth2AuthorizedClient(registration(),
                request.getPrincipal().getName(), new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                        tokenValues[Math.min(calls.getAndIncrement(), tokenValues.length - 1)], Instant.now(),
                        Instant.now().plusSeconds(300)));
        return new AccessTokens(manager);
    }

    public static AccessTokens whoseSignInExpired(RuntimeException refusal) {
        signIn();
        OAuth2AuthorizedClientManager manager = request -> {
            throw refusal;
        };
        return new AccessTokens(manager);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn() {
        OAuth2User user = new DefaultOAuth2User(Set.of(new SimpleGrantedAuthority("ROLE_owner")),
                Map.of("sub", "user-1"), "sub");
        SecurityContextHolder.getContext()
                .setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"));
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("keycloak").clientId("portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/keycloak")
                .authorizationUri("http://localhost:1/auth").tokenUri("http://localhost:1/token").build();
    }
}
