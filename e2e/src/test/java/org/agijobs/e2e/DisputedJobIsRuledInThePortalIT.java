package org.agijobs.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.agijobs.e2e.api.GraphQlCall;
import org.agijobs.e2e.api.UserTokens;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.DisputesPage;
import org.agijobs.e2e.pages.MyJobsPage;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job from posting to settlement across three people: the employer posts it in the portal, the agent applies
 * and delivers through the API with its own token, and, since the demo realm has a single validator (too few for a
 * committee), the delivery goes straight to the moderators, where one rules in the portal and the job settles.
 */
@BrowserTest
class DisputedJobIsRuledInThePortalIT {


    @Test
    void aModeratorsRulingSettlesADeliveredJobThatHadNoCommittee(Page page) {
        String title = "Proofread the release notes " + UUID.randomUUID().toString().substring(0, 8);

        Portal.signIn(page, DemoUser.EMMA_EMPLOYER);
        Portal.open(page, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(page);
        assertThat(myJobs.termsStatus()).containsText("terms");
        if (myJobs.acceptTerms().isVisible()) {
            myJobs.acceptTerms().click();
        }
        myJobs.post(title, "50", "Spelling, grammar and dead links.");
        assertThat(myJobs.jobs()).containsText(title);

        GraphQlCall ada = new GraphQlCall(UserTokens.accessToken(DemoUser.ADA_AGENT));
        readyToApply(ada);
        String jobId = openJobTitled(ada, title);
        ada.mutate("applyForJob", "applyForJob", Map.of("jobId", jobId));
        ada.mutate("submitResult", "submitResult", Map.of("jobId", jobId, "resultHash", "ab".repeat(32),
                "resultUri", "https://example.org/release-notes-proofread.md"));
        assertState(ada, jobId, "DISPUTED");
        assertThat(ada.data("jobState", Map.of("id", jobId)).path("job").path("dispute").path("kind").asString())
                .isEqualTo("NO_COMMITTEE");

        try (BrowserContext monasBrowser = page.context().browser().newContext()) {
            Page monasPage = monasBrowser.newPage();
            Portal.signIn(monasPage, DemoUser.MONA_MODERATOR);
            Portal.open(monasPage, PortalView.DISPUTES);
            DisputesPage disputes = new DisputesPage(monasPage);
            assertThat(disputes.dispute(title)).containsText("NO_COMMITTEE");

            disputes.ruleAgentWins(title, "The notes were proofread as the job asked.");

            assertThat(disputes.dispute(title)).hasCount(0);
            assertThat(disputes.error()).isHidden();
        }

        assertState(ada, jobId, "FINALIZED");
        JsonNode dispute = ada.data("jobState", Map.of("id", jobId)).path("job").path("dispute");
        assertThat(dispute.path("ruling").asString()).isEqualTo("AGENT_WINS");
        assertThat(dispute.path("resolvedAs").asString()).isEqualTo("MODERATOR");
        page.reload();
        assertThat(myJobs.jobs()).containsText(title);
        assertThat(myJobs.cell("FINALIZED")).isVisible();
    }

    /** Ada's current terms and the minimum agent stake, whatever an earlier run on this platform left. */
    static void readyToApply(GraphQlCall ada) {
        JsonNode standing = ada.data("agentStanding", Map.of());
        int terms = standing.path("currentTermsVersion").asInt();
        if (standing.path("me").path("participant").path("policyVersionAcknowledged").asInt() < terms) {
            ada.mutate("acknowledgeTerms", "acknowledgeTerms", Map.of("version", terms));
        }
        JsonNode agentStake = StreamSupport.stream(standing.path("myStakes").spliterator(), false)
                .filter(stake -> stake.path("role").asString().equals("AGENT")).findFirst().orElse(null);
        BigDecimal bonded = agentStake == null ? BigDecimal.ZERO : new BigDecimal(agentStake.path("bonded").asString());
        BigDecimal minimum = agentStake == null ? new BigDecimal("100") : new BigDecimal(agentStake.path("minimum").asString());
        if (bonded.compareTo(minimum) < 0) {
            ada.mutate("depositAgentStake", "depositStake", Map.of("amount", minimum.subtract(bonded).toPlainString()));
        }
    }

    static String openJobTitled(GraphQlCall caller, String title) {
        JsonNode edges = caller.data("openJobs", Map.of()).path("jobs").path("edges");
        return StreamSupport.stream(edges.spliterator(), false).map(edge -> edge.path("node"))
                .filter(job -> job.path("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No open job titled " + title + " in " + edges))
                .path("id").asString();
    }

    /**
     * The job's state now. Validation starts in the submission's own transaction and a ruling settles in its own,
     * so each state is there as soon as the request that caused it answered: nothing to wait for.
     */
    private static void assertState(GraphQlCall caller, String jobId, String state) {
        assertThat(caller.data("jobState", Map.of("id", jobId)).path("job").path("state").asString()).isEqualTo(state);
    }
}
