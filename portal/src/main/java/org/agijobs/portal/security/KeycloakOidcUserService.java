package org.agijobs.portal.security;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Loads the OIDC user as usual and adds the realm roles as authorities. The roles are read from the ACCESS
 * token, because that is where Keycloak puts {@code realm_access} and where the backend reads them too, so the
 * portal and the backend agree on what a user may do.
 */
final class KeycloakOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final JwtDecoder accessTokenDecoder;

    KeycloakOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate, JwtDecoder accessTokenDecoder) {
        this.delegate = delegate;
        this.accessTokenDecoder = accessTokenDecoder;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Jwt accessToken = decode(request.getAccessToken().getTokenValue());
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        authorities.addAll(RealmRoleAuthorities.fromClaims(accessToken.getClaims()));
        String nameAttribute = request.getClientRegistration().getProviderDetails()
                .getUserInfoEndpoint().getUserNameAttributeName();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameAttribute);
    }

    private Jwt decode(String tokenValue) {
        try {
            return accessTokenDecoder.decode(tokenValue);
        } catch (JwtException e) {
            OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The access token from Keycloak could not be verified: " + e.getMessage(), null);
            throw new OAuth2AuthenticationException(error, error.getDescription(), e);
        }
    }
}
