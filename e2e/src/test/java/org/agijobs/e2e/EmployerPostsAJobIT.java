package org.agijobs.e2e;

import com.microsoft.playwright.Page;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.MyJobsPage;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalView;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An employer posts a funded job in the browser: accepts the terms, fills the form, and finds the job in their
 * list, open and with its fee computed, all through the portal and the public API behind it.
 */
@BrowserTest
class EmployerPostsAJobIT {

    @Test
    void employerAcceptsTheTermsAndPostsAJobThatIsThenListedAsCreated(Page page) {
        Portal.signIn(page, DemoUser.EMMA_EMPLOYER);
        Portal.open(page, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(page);

        acceptTermsIfAsked(myJobs);
        assertThat(myJobs.termsStatus()).containsText("You accepted the terms");

        myJobs.post("Translate the onboarding guide", "200", "Into French and German, as Markdown.");

        assertThat(myJobs.jobs()).containsText("Translate the onboarding guide");
        assertThat(myJobs.jobs()).containsText("CREATED");
        // 5% fee on a reward of 200, escrowed with it.
        assertThat(myJobs.cell("200")).isVisible();
        assertThat(myJobs.cell("10")).isVisible();
        assertThat(myJobs.error()).isHidden();
    }

    private static void acceptTermsIfAsked(MyJobsPage myJobs) {
        // The status appears once the view has asked the backend; only then is the button's visibility settled.
        assertThat(myJobs.termsStatus()).containsText("terms");
        if (myJobs.acceptTerms().isVisible()) {
            myJobs.acceptTerms().click();
        }
    }

    @Test
    void anOverPreciseRewardIsRefusedWithTheBackendsReason(Page page) {
        Portal.signIn(page, DemoUser.EMMA_EMPLOYER);
        Portal.open(page, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(page);
        acceptTermsIfAsked(myJobs);

        myJobs.post("Too precise", "1.0000000000000000001", "Nineteen decimals are one too many.");

        assertThat(myJobs.error()).containsText("18 decimals");
        assertThat(myJobs.jobs()).not().containsText("Too precise");
    }
}
