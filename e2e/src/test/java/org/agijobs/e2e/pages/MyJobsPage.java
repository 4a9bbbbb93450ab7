package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The employer's "My jobs" view: terms, the new-job form and the list of the employer's jobs. */
public final class MyJobsPage {

    private final Page page;

    public MyJobsPage(Page page) {
        this.page = page;
    }

    public Locator termsStatus() {
        return page.locator("#terms-status");
    }

    public Locator acceptTerms() {
        return page.locator("#accept-terms");
    }

    public Locator jobs() {
        return page.locator("#my-jobs-grid");
    }

    /** A grid cell whose whole text is {@code text}. */
    public Locator cell(String text) {
        return jobs().locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true)).first();
    }

    /** Accepts the terms when the view asks for it; the status appears once the view has asked the backend. */
    public void acceptTermsIfAsked() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(termsStatus()).containsText("terms");
        if (acceptTerms().isVisible()) {
            acceptTerms().click();
        }
    }

    public Locator error() {
        return page.locator("#jobs-error");
    }

    public void post(String title, String reward, String description) {
        page.locator("#job-title input").fill(title);
        page.locator("#job-reward input").fill(reward);
        page.locator("#job-description textarea").fill(description);
        page.locator("#post-job").click();
    }
}
