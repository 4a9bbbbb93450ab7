package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The owner console: the proposal list, the proposal form, the council, the treasury and the parameters. */
public final class GovernancePage {

    private final Page page;

    public GovernancePage(Page page) {
        this.page = page;
    }

    public Locator councilSummary() {
        return page.locator("#council-summary");
    }

    public Locator treasury() {
        return page.locator("#treasury-balance");
    }

    public Locator parameters() {
        return page.locator("#parameters-grid");
    }

    public Locator error() {
        return page.locator("#governance-error");
    }

    /** The card of the proposal whose reason is {@code reason}. */
    public ProposalCard proposal(String reason) {
        return new ProposalCard(page.locator(".proposal").filter(new Locator.FilterOptions()
                .setHas(page.locator(".proposal-reason").getByText(reason, new Locator.GetByTextOptions().setExact(true)))));
    }

    /** Starts a proposal with one SET_PARAMETER action (the form's default kind) and the reason. */
    public void draftParameterChange(String parameter, String value, String reason) {
        page.locator("#add-action").click();
        Locator row = page.locator(".proposal-action").last();
        Locator name = row.locator(".action-parameter input");
        name.fill(parameter);
        page.locator("vaadin-combo-box-item").getByText(parameter, new Locator.GetByTextOptions().setExact(true)).click();
        row.locator(".action-value input").fill(value);
        page.locator("#proposal-reason textarea").fill(reason);
    }

    /** Starts a proposal with one CANCEL_JOB action: the job's global id, the action's reason and the proposal's. */
    public void draftJobCancellation(String jobId, String why, String reason) {
        page.locator("#action-kind").click();
        page.locator("vaadin-select-item").getByText("Cancel a job", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#add-action").click();
        Locator row = page.locator(".proposal-action").last();
        row.locator(".action-job input").fill(jobId);
        row.locator(".action-reason textarea").fill(why);
        page.locator("#proposal-reason textarea").fill(reason);
    }

    /** The job id field of the form's last action. */
    public Locator jobField() {
        return page.locator(".proposal-action").last().locator(".action-job");
    }

    /** The parameter picker of the form's last action; its helper text shows the chosen parameter's value. */
    public Locator parameterField() {
        return page.locator(".proposal-action").last().locator(".action-parameter");
    }

    /** The value field of the form's last action; Vaadin shows a field's error in its error-message part. */
    public Locator valueField() {
        return page.locator(".proposal-action").last().locator(".action-value");
    }

    public void setValue(String value) {
        valueField().locator("input").fill(value);
    }

    public void propose() {
        page.locator("#propose").click();
    }

    /** One proposal of the list. */
    public record ProposalCard(Locator root) {

        public Locator state() {
            return root.locator(".proposal-state");
        }

        public Locator approvals() {
            return root.locator(".proposal-approvals");
        }

        public Locator eta() {
            return root.locator(".proposal-eta");
        }

        public Locator approve() {
            return root.locator(".approve-proposal");
        }

        public Locator execute() {
            return root.locator(".execute-proposal");
        }
    }
}
