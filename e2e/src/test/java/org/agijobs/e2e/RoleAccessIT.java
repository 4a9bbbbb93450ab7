package org.agijobs.e2e;

import com.microsoft.playwright.Page;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalLayout;
import org.agijobs.e2e.pages.PortalView;
import org.agijobs.e2e.pages.ProfilePage;
import org.agijobs.e2e.pages.RoleViewPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Each demo user signs in through Keycloak and gets exactly their role's part of the portal. One sign-in per user
 * covers nav, profile, a refused view and an allowed one, which keeps the run short.
 */
@BrowserTest
class RoleAccessIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoUser.class)
    void userGetsExactlyTheirRolesPartOfThePortal(DemoUser user, Page page) {
        ProfilePage profile = Portal.signIn(page, user);
        assertThat(profile.handle()).containsText(user.username());
        assertThat(profile.roles()).containsText(user.role());

        navShowsOnlyTheViewsOf(user, new PortalLayout(page));
        anotherRolesViewIsRefused(user, page);
        ownRoleViewOpens(user, page);
    }

    private static void navShowsOnlyTheViewsOf(DemoUser user, PortalLayout layout) {
        for (PortalView allowed : user.allowedViews()) {
            assertThat(layout.navItem(allowed)).isVisible();
        }
        for (PortalView forbidden : user.forbiddenViews()) {
            assertThat(layout.navItem(forbidden)).hasCount(0);
        }
        assertThat(layout.navItems()).hasCount(user.allowedViews().size());
    }

    private static void anotherRolesViewIsRefused(DemoUser user, Page page) {
        Portal.open(page, user.forbiddenViews().getFirst());

        assertThat(new RoleViewPage(page).accessDenied()).isVisible();
    }

    private static void ownRoleViewOpens(DemoUser user, Page page) {
        Portal.open(page, user.firstRoleView());

        RoleViewPage view = new RoleViewPage(page);
        assertThat(view.title()).isVisible();
        assertThat(view.accessDenied()).hasCount(0);
    }
}
