package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The moderator's "Disputes" view: one card per open dispute, each with its evidence and a ruling form. */
public final class DisputesPage {

    private final Page page;

    public DisputesPage(Page page) {
        this.page = page;
    }

    /** The card of the open dispute on the job titled {@code jobTitle}. */
    public Locator dispute(String jobTitle) {
        return page.locator(".open-dispute").filter(new Locator.FilterOptions().setHasText(jobTitle));
    }

    public Locator error() {
        return page.locator("#disputes-error");
    }

    public void ruleAgentWins(String jobTitle, String reason) {
        Locator card = dispute(jobTitle);
        card.locator(".ruling-reason textarea").fill(reason);
        card.locator(".agent-wins").click();
    }
}
