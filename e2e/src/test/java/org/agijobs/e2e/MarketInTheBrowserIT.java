package org.agijobs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.agijobs.e2e.api.AgentReadiness;
import org.agijobs.e2e.api.GraphQlCall;
import org.agijobs.e2e.api.UserTokens;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.DisputesPage;
import org.agijobs.e2e.pages.MyJobsPage;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalView;
import org.agijobs.e2e.platform.Platform;
import org.agijobs.e2e.platform.ProjectDirectory;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A job's whole life in the portal, each person in their own browser at the same time: the employer posts it with
 * the fee previewed and keeps its page open; the agent finds it on the board, applies and delivers; the delivery,
 * without a committee in this run, goes to the moderator, who rules; the employer's page follows every step
 * without a reload and ends with the settlement; the agent sees the payout in its wallet and verifies the certificate, and so does a stranger who
 * is not signed in. The job's tree is drawn by the portal's own Mermaid.
 */
@BrowserTest
class MarketInTheBrowserIT {

    private static final Path SCREENSHOTS = ProjectDirectory.e2eTarget().resolve("screenshots/roles");

    @Test
    void aJobGoesFromPostedToCertifiedAcrossThreeBrowsersAndTheEmployerWatchesItLive(Page emma) {
        String title = "Summarise the field notes " + UUID.randomUUID().toString().substring(0, 8);

        Portal.signIn(emma, DemoUser.EMMA_EMPLOYER);
        Portal.open(emma, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(emma);
        myJobs.acceptTermsIfAsked();
        emma.locator("#job-reward input").fill("80");
        assertThat(emma.locator("#job-quote")).containsText("Escrow ");
        assertThat(emma.locator("#job-quote")).containsText("= reward 80 + fee ");
        myJobs.post(title, "80", "Two pages, with the open questions listed.");
        assertThat(myJobs.jobs()).containsText(title);
        emma.setViewportSize(1280, 1600);
        emma.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("employer-my-jobs.png")));
        GraphQlCall adaApi = new GraphQlCall(UserTokens.accessToken(DemoUser.ADA_AGENT));
        AgentReadiness.readyToApply(adaApi);
        String jobId = AgentReadiness.openJobTitled(adaApi, title);
        // By its address: a click on the row can land while the live list is being redrawn.
        emma.navigate(Platform.portal("jobs/" + jobId));
        Locator state = emma.locator("#job-detail-state");
        assertThat(state).hasText("CREATED");
        assertThat(emma.locator("#job-tree svg")).isVisible();

        try (BrowserContext adasBrowser = emma.context().browser().newContext()) {
            Page ada = adasBrowser.newPage();
            Portal.signIn(ada, DemoUser.ADA_AGENT);
            Portal.open(ada, PortalView.FIND_WORK);
            Locator apply = ada.locator("vaadin-button[aria-label=\"Apply for " + title + "\"]");
            assertThat(apply).isVisible();
            long clicked = System.nanoTime();
            apply.click();

            assertThat(state).hasText("ASSIGNED");
            // Measured, not asserted: from the agent's click to the employer's page (Playwright polls, ~100 ms).
            System.out.printf("LATENCY apply click to the employer's page showing ASSIGNED: %d ms%n",
                    (System.nanoTime() - clicked) / 1_000_000);
            assertThat(emma.locator("#job-people")).containsText("agent ada.agent");

            Locator assignment = ada.locator(".assignment").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(assignment.locator(".assignment-deadline")).containsText("Deliver in");
            assignment.locator(".result-uri input").fill("https://example.org/field-notes-summary.md");
            assignment.locator(".result-hash input").fill("cd".repeat(32));
            ada.setViewportSize(1280, 1600);
            ada.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("agent-find-work.png")));
            assignment.locator(".submit-result").click();

            assertThat(state).hasText("DISPUTED");

            try (BrowserContext monasBrowser = emma.context().browser().newContext()) {
                Page mona = monasBrowser.newPage();
                Portal.signIn(mona, DemoUser.MONA_MODERATOR);
                Portal.open(mona, PortalView.DISPUTES);
                DisputesPage disputes = new DisputesPage(mona);
                assertThat(disputes.dispute(title)).containsText("NO_COMMITTEE");
                mona.setViewportSize(1280, 1600);
                mona.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("moderator-disputes.png")));
                disputes.ruleAgentWins(title, "The summary covers every note.");
                assertThat(disputes.dispute(title)).hasCount(0);
            }

            assertThat(state).hasText("FINALIZED");
            assertThat(emma.locator("#settlement-amounts")).containsText("Agent payout: ");
            assertThat(emma.locator("#job-timeline")).containsText("Dispute ruled: AGENT_WINS");
            assertThat(emma.locator("#job-settlement")).containsText("Completion certificate issued");
            emma.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("employer-job-page.png")));

            Portal.open(ada, PortalView.PROFILE);
            assertThat(ada.locator("#wallet-history")).containsText("JOB_PAYOUT");
            Portal.open(ada, PortalView.CERTIFICATES);
            assertThat(ada.locator("#certificates-grid")).containsText(title);
            ada.locator(".verify-certificate").first().click();
            assertThat(ada.locator("#certificate-verdict")).hasText(title + ": Genuine: signed by this platform and on its record.");
        }

        String jws = adaApi.data("jobCertificate", Map.of("jobId", jobId)).path("certificate").path("jws").asString();
        try (BrowserContext strangersBrowser = emma.context().browser().newContext()) {
            Page stranger = strangersBrowser.newPage();
            stranger.navigate(Platform.portal("verify"));
            stranger.locator("#verify-jws textarea").fill(jws);
            stranger.locator("#verify-submit").click();
            assertThat(stranger.locator("#verify-verdict")).hasText("Genuine: signed by this platform and on its record.");
            assertThat(stranger.locator("#verify-claims")).containsText("reward 80");

            stranger.locator("#verify-jws textarea").fill(jws.substring(0, jws.length() - 4) + "AAAA");
            stranger.locator("#verify-submit").click();
            assertThat(stranger.locator("#verify-verdict")).containsText("Not genuine");
        }
    }
}
