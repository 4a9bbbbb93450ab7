package org.agijobs.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

class SignedOutLogoutSuccessHandlerTest {

    @Test
    void endsTheKeycloakSessionAndComesBackToTheRootWithTheSignedOutState() throws Exception {
        SignedOutLogoutSuccessHandler handler = new SignedOutLogoutSuccessHandler(
                new InMemoryClientRegistrationRepository(KeycloakClientRegistration.from(TestKeycloak.PROPERTIES)),
                "{baseUrl}/");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/logout");
        request.setServerPort(8080);
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onLogoutSuccess(request, response, signedIn());

        UriComponents target = UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build();
        assertThat(target.getScheme() + "://" + target.getHost() + ":" + target.getPort() + target.getPath())
                .isEqualTo(TestKeycloak.ISSUER + "/protocol/openid-connect/logout");
        assertThat(target.getQueryParams().getFirst("id_token_hint")).isEqualTo("id-token");
        assertThat(target.getQueryParams().getFirst("post_logout_redirect_uri"))
                .isEqualTo("http://localhost:8080/");
        assertThat(target.getQueryParams().getFirst("state")).isEqualTo("signed-out");
    }

    @Test
    void sendsTheReturningBrowserToTheSignedOutPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setParameter("state", "signed-out");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SignedOutRedirectFilter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/signed-out");
    }

    @Test
    void letsOtherRequestsForTheRootPass() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setParameter("state", "something-else");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SignedOutRedirectFilter().doFilter(request, response, chain);

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static OAuth2AuthenticationToken signedIn() {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").issuer(TestKeycloak.ISSUER).subject("user-1")
                .issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        DefaultOidcUser user = new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("ROLE_owner")), idToken);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }
}
