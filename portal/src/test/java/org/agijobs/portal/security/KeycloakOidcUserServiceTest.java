package org.agijobs.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class KeycloakOidcUserServiceTest {

    private static final Instant NOW = Instant.now();

    private final OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
            .issuer(TestKeycloak.ISSUER).subject("user-1").issuedAt(NOW).expiresAt(NOW.plusSeconds(300))
            .claim("preferred_username", "olivia.owner").claim("name", "Olivia Owner")
            .build();

    private final OAuth2UserService<OidcUserRequest, OidcUser> standardOidcUsers = request ->
            new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("OIDC_USER")), request.getIdToken(),
                    "preferred_username");

    @Test
    void addsRealmRolesFromTheAccessTokenToTheStandardAuthorities() {
        JwtDecoder accessTokens = token -> accessToken(token, List.of("owner", "guardian", "offline_access"));
        KeycloakOidcUserService service = new KeycloakOidcUserService(standardOidcUsers, accessTokens);

        OidcUser user = service.loadUser(request());

        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("OIDC_USER", "ROLE_owner", "ROLE_guardian");
        assertThat(user.getName()).isEqualTo("olivia.owner");
        assertThat(user.getIdToken()).isEqualTo(idToken);
    }

    @Test
    void refusesTheLoginWhenTheAccessTokenCannotBeVerified() {
        JwtDecoder rejecting = token -> {
            throw new BadJwtException("signature does not match");
        };
        KeycloakOidcUserService service = new KeycloakOidcUserService(standardOidcUsers, rejecting);

        assertThatThrownBy(() -> service.loadUser(request()))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("could not be verified");
    }

    private OidcUserRequest request() {
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token",
                NOW, NOW.plusSeconds(300));
        return new OidcUserRequest(KeycloakClientRegistration.from(TestKeycloak.PROPERTIES), accessToken, idToken);
    }

    private static Jwt accessToken(String value, List<String> roles) {
        return Jwt.withTokenValue(value)
                .header("alg", "RS256")
                .issuer(TestKeycloak.ISSUER)
                .subject("user-1")
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(300))
                .build();
    }
}
