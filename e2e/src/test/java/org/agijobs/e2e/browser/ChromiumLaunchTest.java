package org.agijobs.e2e.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Fails in seconds, before any platform is started, when the browser every IT needs cannot run here. */
class ChromiumLaunchTest {

    @Test
    void headlessChromiumRendersAPage() {
        try (Playwright playwright = ChromiumLauncher.playwright(); Browser browser = ChromiumLauncher.launch(playwright)) {
            Page page = browser.newPage();

            page.navigate("data:text/html,<title>ready</title><h1 id=greeting>Hello from Chromium</h1>");

            assertThat(page).hasTitle("ready");
            assertThat(page.locator("#greeting")).hasText("Hello from Chromium");
        }
    }
}
