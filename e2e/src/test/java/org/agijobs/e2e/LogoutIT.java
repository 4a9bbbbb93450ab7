package org.agijobs.e2e;

import com.microsoft.playwright.Page;
import org.agijobs.e2e.browser.BrowserPatterns;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.KeycloakLoginPage;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalLayout;
import org.agijobs.e2e.pages.PortalView;
import org.agijobs.e2e.pages.SignedOutPage;
import org.agijobs.e2e.platform.Platform;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing out ends the session at Keycloak too, not only the portal's. */
@BrowserTest
class LogoutIT {

    @Test
    void signingOutEndsTheKeycloakSessionToo(Page page) {
        Portal.signIn(page, DemoUser.EMMA_EMPLOYER);

        new PortalLayout(page).signOut();

        assertThat(page).hasURL(Pattern.compile(BrowserPatterns.literal(Platform.portal(SignedOutPage.ROUTE)) + "([?#].*)?"));
        assertThat(new SignedOutPage(page).signInAgain()).isVisible();

        Portal.open(page, PortalView.PROFILE);

        // Had only the portal's session ended, Keycloak's SSO cookie would sign the user straight back in.
        assertThat(new KeycloakLoginPage(page).form()).isVisible();
        assertThat(page).hasURL(Pattern.compile("^" + BrowserPatterns.literal(Platform.REALM.toString()) + "/.*"));
    }
}
