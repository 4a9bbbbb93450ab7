package org.agijobs.e2e.pages;

import com.microsoft.playwright.Page;
import org.agijobs.e2e.platform.Platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Entering the portal the way a person does: through the real Keycloak login page. */
public final class Portal {

    private Portal() {
    }

    public static void open(Page page, PortalView view) {
        page.navigate(Platform.portal(view.route()));
    }

    /** Opens the profile, signs in on Keycloak's page and returns once the profile shows the user. */
    public static ProfilePage signIn(Page page, DemoUser user) {
        open(page, PortalView.PROFILE);
        KeycloakLoginPage login = new KeycloakLoginPage(page);
        assertThat(login.form()).isVisible();
        login.signInAs(user);
        ProfilePage profile = new ProfilePage(page);
        assertThat(profile.handle()).containsText(user.username());
        return profile;
    }
}
