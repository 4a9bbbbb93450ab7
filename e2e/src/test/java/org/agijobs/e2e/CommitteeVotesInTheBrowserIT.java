package org.agijobs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

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
import com.microsoft.playwright.assertions.LocatorAssertions;

import tools.jackson.databind.JsonNode;

/**
 * Three validators judge a delivery from their own browsers: each commits a rejection with Web Crypto, the browser
 * keeping vote and salt, and reveals with one click once the (one-minute, in this run) commit window closes. The
 * employer's job page counts the commits without showing a vote. The agent disputes the rejection from the job page
 * with its evidence, the moderator reads it and rules for the agent, and the employer's page follows the job to its
 * settlement without a reload. The validators unstake afterwards, so the run's other jobs again find no committee.
 */
@BrowserTest
class CommitteeVotesInTheBrowserIT {

    private static final Path SCREENSHOTS = ProjectDirectory.e2eTarget().resolve("screenshots/roles");
    private static final String EVIDENCE = "https://example.org/translation-side-by-side.md";
    private static final List<DemoUser> COMMITTEE = List.of(DemoUser.VICTOR_VALIDATOR, DemoUser.VERA_VALIDATOR,
            DemoUser.VITO_VALIDATOR);
    /** Commit window, reveal window and challenge window of a minute each, plus the scheduler's step. */
    private static final LocatorAssertions.HasTextOptions WINDOW = new LocatorAssertions.HasTextOptions()
            .setTimeout(150_000);

    @Test
    void threeValidatorsRejectInTheirBrowsersTheAgentDisputesWithEvidenceAndTheEmployerWatchesTheRuledJobSettle(Page emma) {
        List<GraphQlCall> validators = COMMITTEE.stream().map(user -> new GraphQlCall(UserTokens.accessToken(user)))
                .toList();
        validators.forEach(CommitteeVotesInTheBrowserIT::stakeTheMinimum);
        try {
            judge(emma);
        } finally {
            validators.forEach(CommitteeVotesInTheBrowserIT::unstakeWhatIsFree);
        }
    }

    private static void judge(Page emma) {
        String title = "Check the translation " + UUID.randomUUID().toString().substring(0, 8);
        Portal.signIn(emma, DemoUser.EMMA_EMPLOYER);
        Portal.open(emma, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(emma);
        myJobs.acceptTermsIfAsked();
        myJobs.post(title, "60", "Into Spanish, reviewed.");
        assertThat(myJobs.jobs()).containsText(title);
        GraphQlCall ada = new GraphQlCall(UserTokens.accessToken(DemoUser.ADA_AGENT));
        AgentReadiness.readyToApply(ada);
        String jobId = AgentReadiness.openJobTitled(ada, title);
        emma.navigate(Platform.portal("jobs/" + jobId));
        Locator state = emma.locator("#job-detail-state");
        assertThat(state).hasText("CREATED");
        ada.mutate("applyForJob", "applyForJob", Map.of("jobId", jobId));
        ada.mutate("submitResult", "submitResult", Map.of("jobId", jobId, "resultHash", "ef".repeat(32),
                "resultUri", "https://example.org/translation.md"));
        assertThat(state).hasText("VALIDATING");

        List<BrowserContext> browsers = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        try {
            for (DemoUser validator : COMMITTEE) {
                BrowserContext browser = emma.context().browser().newContext();
                browsers.add(browser);
                Page page = browser.newPage();
                pages.add(page);
                Portal.signIn(page, validator);
                Portal.open(page, PortalView.COMMITTEE);
                Locator seat = seat(page, jobId);
                assertThat(seat.locator(".assignment-countdown")).containsText("Commit window closes in");
                seat.locator(".reject-vote").click();
                assertThat(seat.locator(".assignment-status")).hasText("You committed a vote; it is not revealed yet.");
            }
            assertThat(emma.locator("#committee-progress")).containsText("3 of 3 committed · 0 revealed");
            pages.getFirst().setViewportSize(1280, 1200);
            pages.getFirst().screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("validator-committee.png")));

            BrowserContext adasBrowser = emma.context().browser().newContext();
            browsers.add(adasBrowser);
            Page adasPage = adasBrowser.newPage();
            Portal.signIn(adasPage, DemoUser.ADA_AGENT);
            adasPage.navigate(Platform.portal("jobs/" + jobId));
            assertThat(adasPage.locator("#job-detail-state")).hasText("VALIDATING");

            for (Page page : pages) {
                Locator reveal = seat(page, jobId).locator(".reveal-vote");
                assertThat(reveal).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
                reveal.click();
            }
            assertThat(state).hasText("COMPLETED", WINDOW);
            assertThat(emma.locator("#job-timeline")).containsText("Votes tallied");

            disputeTheRejection(adasPage);
            assertThat(state).hasText("DISPUTED");
            ruleForTheAgent(emma, title);

            assertThat(state).hasText("FINALIZED");
            assertThat(emma.locator("#job-timeline")).containsText("Dispute ruled: AGENT_WINS");
            assertThat(emma.locator("#settlement-amounts")).containsText("Outcome: delivery accepted");
            assertThat(emma.locator("#settlement-amounts")).containsText("Slashed: ");
        } finally {
            browsers.forEach(BrowserContext::close);
        }
        JsonNode committee = ada.data("jobCommittee", Map.of("id", jobId)).path("job").path("committee");
        org.assertj.core.api.Assertions.assertThat(committee.path("members")).hasSize(3)
                .allSatisfy(member -> org.assertj.core.api.Assertions.assertThat(member.path("revealed").asBoolean())
                        .isTrue());
    }

    /** The agent, whose delivery the committee rejected, disputes it from the job page with its evidence. */
    private static void disputeTheRejection(Page ada) {
        assertThat(ada.locator("#job-detail-state")).hasText("COMPLETED");
        ada.locator("#dispute-reason textarea").fill("Every sentence is translated; the reviewers read the wrong file.");
        ada.locator("#evidence-uri input").fill(EVIDENCE);
        ada.locator("#evidence-note textarea").fill("Side by side with the source, line by line.");
        ada.locator("#raise-dispute").click();
        assertThat(ada.locator("#job-detail-state")).hasText("DISPUTED");
        assertThat(ada.locator("#dispute-evidence")).containsText(EVIDENCE);
    }

    /** The moderator reads the evidence in the queue and rules for the agent, in a browser of their own. */
    private static void ruleForTheAgent(Page emma, String title) {
        try (BrowserContext monasBrowser = emma.context().browser().newContext()) {
            Page mona = monasBrowser.newPage();
            Portal.signIn(mona, DemoUser.MONA_MODERATOR);
            Portal.open(mona, PortalView.DISPUTES);
            DisputesPage disputes = new DisputesPage(mona);
            assertThat(disputes.dispute(title)).containsText(EVIDENCE);
            disputes.ruleAgentWins(title, "The evidence shows the whole text translated.");
            assertThat(disputes.dispute(title)).hasCount(0);
        }
    }

    private static Locator seat(Page page, String jobId) {
        return page.locator(".committee-assignment[data-job-id=\"" + jobId + "\"]");
    }

    private static void stakeTheMinimum(GraphQlCall validator) {
        JsonNode standing = validator.data("validatorStanding", Map.of());
        int terms = standing.path("currentTermsVersion").asInt();
        if (standing.path("me").path("participant").path("policyVersionAcknowledged").asInt() < terms) {
            validator.mutate("acknowledgeTerms", "acknowledgeTerms", Map.of("version", terms));
        }
        JsonNode stake = validatorStake(standing);
        BigDecimal free = stake == null ? BigDecimal.ZERO : new BigDecimal(stake.path("free").asString());
        BigDecimal minimum = stake == null ? new BigDecimal("1000") : new BigDecimal(stake.path("minimum").asString());
        if (free.compareTo(minimum) < 0) {
            validator.mutate("depositValidatorStake", "depositStake",
                    Map.of("amount", minimum.subtract(free).toPlainString()));
        }
    }

    private static void unstakeWhatIsFree(GraphQlCall validator) {
        JsonNode stake = validatorStake(validator.data("validatorStanding", Map.of()));
        if (stake != null && new BigDecimal(stake.path("free").asString()).signum() > 0) {
            validator.mutate("withdrawValidatorStake", "requestStakeWithdrawal",
                    Map.of("amount", stake.path("free").asString()));
        }
    }

    private static JsonNode validatorStake(JsonNode standing) {
        return StreamSupport.stream(standing.path("myStakes").spliterator(), false)
                .filter(stake -> stake.path("role").asString().equals("VALIDATOR")).findFirst().orElse(null);
    }
}
