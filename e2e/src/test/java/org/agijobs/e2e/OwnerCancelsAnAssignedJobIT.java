package org.agijobs.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.agijobs.e2e.api.AgentReadiness;
import org.agijobs.e2e.api.GraphQlCall;
import org.agijobs.e2e.api.UserTokens;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.GovernancePage;
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
 * An owner cancels a job that is under way: Emma posts it in the portal, Ada takes it through the API (the portal
 * has no agent view for applying yet), Olivia proposes CANCEL_JOB in the console (an unknown job refused under the
 * job field first), Oscar approves in his own browser, and the proposal executes at once, with no timelock. Emma
 * sees the job CANCELLED and her whole escrow back in her wallet; Ada's job stake is free again.
 */
@BrowserTest
class OwnerCancelsAnAssignedJobIT {

    @Test
    void anOwnersCancellationOfAnAssignedJobRefundsTheEmployerInFull(Page emma) {
        String title = "Translate the handbook " + UUID.randomUUID().toString().substring(0, 8);
        String reason = "Cancel " + title;
        GraphQlCall emmasApi = new GraphQlCall(UserTokens.accessToken(DemoUser.EMMA_EMPLOYER));

        Portal.signIn(emma, DemoUser.EMMA_EMPLOYER);
        Portal.open(emma, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(emma);
        assertThat(myJobs.termsStatus()).containsText("terms");
        if (myJobs.acceptTerms().isVisible()) {
            myJobs.acceptTerms().click();
        }
        BigDecimal walletBefore = wallet(emmasApi);
        myJobs.post(title, "40", "Into plain English.");
        assertThat(myJobs.jobs()).containsText(title);
        assertThat(wallet(emmasApi)).isLessThan(walletBefore);

        GraphQlCall ada = new GraphQlCall(UserTokens.accessToken(DemoUser.ADA_AGENT));
        AgentReadiness.readyToApply(ada);
        String jobId = AgentReadiness.openJobTitled(ada, title);
        ada.mutate("applyForJob", "applyForJob", Map.of("jobId", jobId));
        assertThat(state(ada, jobId)).isEqualTo("ASSIGNED");

        try (BrowserContext oliviasBrowser = emma.context().browser().newContext();
             BrowserContext oscarsBrowser = emma.context().browser().newContext()) {
            Page olivia = oliviasBrowser.newPage();
            Page oscar = oscarsBrowser.newPage();
            GovernancePage a = openConsole(olivia, DemoUser.OLIVIA_OWNER);
            GovernancePage b = openConsole(oscar, DemoUser.OSCAR_OWNER);

            a.draftJobCancellation("not-a-job", "The client withdrew the brief.", reason);
            a.propose();
            assertThat(a.jobField().locator("[slot='error-message']")).containsText("Not a Job id");
            assertThat(a.jobField()).hasAttribute("invalid", "");

            a.jobField().locator("input").fill(jobId);
            a.propose();
            GovernancePage.ProposalCard mine = a.proposal(reason);
            assertThat(mine.state()).hasText("PENDING");

            GovernancePage.ProposalCard theirs = b.proposal(reason);
            assertThat(theirs.approve()).isEnabled();
            theirs.approve().click();

            assertThat(theirs.state()).hasText("EXECUTED");
            assertThat(mine.state()).hasText("EXECUTED");
        }

        assertThat(state(ada, jobId)).isEqualTo("CANCELLED");
        emma.reload();
        assertThat(myJobs.jobs()).containsText(title);
        assertThat(myJobs.cell("CANCELLED")).isVisible();
        Portal.open(emma, PortalView.PROFILE);
        assertThat(emma.locator("#wallet-balance")).containsText(walletBefore.stripTrailingZeros().toPlainString());
        assertThat(wallet(emmasApi)).isEqualByComparingTo(walletBefore);
    }

    private static GovernancePage openConsole(Page page, DemoUser owner) {
        Portal.signIn(page, owner);
        Portal.open(page, PortalView.GOVERNANCE);
        GovernancePage console = new GovernancePage(page);
        assertThat(console.councilSummary()).containsText("you are on the council");
        return console;
    }

    private static BigDecimal wallet(GraphQlCall caller) {
        JsonNode balances = caller.data("myWallet", Map.of()).path("myBalances");
        return StreamSupport.stream(balances.spliterator(), false)
                .filter(balance -> "WALLET".equals(balance.path("kind").asString()))
                .map(balance -> new BigDecimal(balance.path("balance").asString())).findFirst().orElse(BigDecimal.ZERO);
    }

    private static String state(GraphQlCall caller, String jobId) {
        return caller.data("jobState", Map.of("id", jobId)).path("job").path("state").asString();
    }
}
