package org.agijobs.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;

class AccessTokensTest {

    @AfterEach
    void signOut() {
        SignedInUser.signOut();
    }

    @Test
    void handsOutTheSignedInUsersToken() {
        AccessTokens accessTokens = SignedInUser.withAccessToken("access-token-1");

        assertThat(accessTokens.currentAccessToken()).isEqualTo("access-token-1");
    }

    @Test
    void refusesAnonymousCallers() {
        AccessTokens accessTokens = SignedInUser.withAccessToken("access-token-1");
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThatThrownBy(accessTokens::currentAccessToken).isInstanceOf(ClientAuthorizationRequiredException.class);
    }
}
