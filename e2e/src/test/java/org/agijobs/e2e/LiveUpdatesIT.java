package org.agijobs.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.ProfilePage;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The backend's server-time subscription reaches the browser through the portal's server push. */
@BrowserTest
class LiveUpdatesIT {

    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    // The server emits every second; a few seconds leave room for a busy machine without hiding a dead feed.
    private static final LocatorAssertions.HasTextOptions WITHIN_A_FEW_SECONDS =
            new LocatorAssertions.HasTextOptions().setTimeout(5_000);

    @Test
    void serverTimeOnTheProfileTicksWithoutReload(Page page) {
        ProfilePage profile = Portal.signIn(page, DemoUser.ADA_AGENT);
        assertThat(profile.serverTime()).hasText(ISO_INSTANT);
        String first = profile.serverTime().textContent().strip();

        assertThat(profile.serverTime()).not().hasText(first, WITHIN_A_FEW_SECONDS);
        assertThat(profile.serverTime()).hasText(ISO_INSTANT);
    }
}
