package org.agijobs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.agijobs.e2e.api.AgentReadiness;
import org.agijobs.e2e.api.GraphQlCall;
import org.agijobs.e2e.api.UserTokens;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalView;
import org.agijobs.e2e.platform.ProjectDirectory;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner keeps *Operations* open while a job is posted, delivered, sent to a moderator (this run stakes no
 * validators) and settled, all through the API by the other people. Without a reload the owner's page counts one
 * more settled job, redraws the chart with it, lists the job's JobFinalized event in the audit trail filtered to
 * that job, and the chain still verifies; the signed report downloaded from the page counts the job too.
 */
@BrowserTest
class OwnerSeesAJobSettleInOperationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCREENSHOTS = ProjectDirectory.e2eTarget().resolve("screenshots/roles");
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30_000);

    @Test
    void theKpisTheChartAndTheAuditTrailFollowASettlementLive(Page olivia) throws IOException {
        Portal.signIn(olivia, DemoUser.OLIVIA_OWNER);
        Portal.open(olivia, PortalView.OPERATIONS);
        Locator settled = olivia.locator("#kpi-settled");
        assertThat(settled).isVisible();
        int settledBefore = Integer.parseInt(settled.textContent().split(" ")[0]);
        Locator chart = olivia.locator("#kpi-chart");
        assertThat(chart).hasAttribute("data-rendered", "true");
        String chartBefore = chart.getAttribute("data-option");

        String title = "Tally the survey " + UUID.randomUUID().toString().substring(0, 8);
        GraphQlCall emma = new GraphQlCall(UserTokens.accessToken(DemoUser.EMMA_EMPLOYER));
        acknowledgeTerms(emma);
        JsonNode created = emma.data("createJob", Map.of("input", Map.of("title", title, "description",
                "Count the answers per question.", "reward", "40", "deadline", Instant.now().plus(2, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS).toString()))).path("createJob");
        org.assertj.core.api.Assertions.assertThat(created.path("userErrors")).isEmpty();
        String jobId = created.path("job").path("id").asString();
        olivia.locator("#audit-type input").fill("JobFinalized");
        olivia.locator("#audit-subject-id input").fill(jobId);
        olivia.locator("#audit-apply").click();
        assertThat(olivia.locator("#audit-grid")).not().containsText("JobFinalized");

        GraphQlCall ada = new GraphQlCall(UserTokens.accessToken(DemoUser.ADA_AGENT));
        AgentReadiness.readyToApply(ada);
        ada.mutate("applyForJob", "applyForJob", Map.of("jobId", jobId));
        ada.mutate("submitResult", "submitResult", Map.of("jobId", jobId, "resultHash", "9a".repeat(32),
                "resultUri", "https://example.org/survey-tally.csv"));
        GraphQlCall mona = new GraphQlCall(UserTokens.accessToken(DemoUser.MONA_MODERATOR));
        mona.mutate("resolveDispute", "resolveDispute", Map.of("jobId", jobId, "ruling", "AGENT_WINS",
                "reason", "Every question is tallied."));

        assertThat(settled).containsText((settledBefore + 1) + " (", LIVE);
        assertThat(olivia.locator("#audit-grid")).containsText("JobFinalized", LIVE);
        org.assertj.core.api.Assertions.assertThat(chart.getAttribute("data-option")).isNotEqualTo(chartBefore);
        olivia.locator("#audit-verify").click();
        assertThat(olivia.locator("#audit-verdict")).containsText("The chain holds");
        Download report = olivia.waitForDownload(() -> olivia.locator("#report-download").click());
        JsonNode signed = JSON.readTree(Files.readString(report.path()));
        org.assertj.core.api.Assertions.assertThat(signed.path("jws").asString())
                .matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        org.assertj.core.api.Assertions.assertThat(signed.path("report").path("kpis").path("settledCount").asInt())
                .isGreaterThan(settledBefore);
        olivia.setViewportSize(1280, 1800);
        olivia.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("owner-operations.png")));
    }

    private static void acknowledgeTerms(GraphQlCall employer) {
        JsonNode standing = employer.data("agentStanding", Map.of());
        int terms = standing.path("currentTermsVersion").asInt();
        if (standing.path("me").path("participant").path("policyVersionAcknowledged").asInt() < terms) {
            employer.mutate("acknowledgeTerms", "acknowledgeTerms", Map.of("version", terms));
        }
    }
}
