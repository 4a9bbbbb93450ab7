package org.agijobs.portal.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agijobs.portal.governance.GovernanceDesk.Proposal;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * One proposal in the list: state, reason, actions, approvals as "x of t", the eta counting down, and the steps
 * the signed-in owner can take. A step button fires a {@link StepEvent} for the view to send.
 */
class ProposalCard extends Div {

    enum Step {
        APPROVE, EXECUTE, CANCEL, DETAILS
    }

    private final Badge state = new Badge();
    private final Span approvals = new Span();
    private final Span eta = new Span();
    private final Paragraph reason = new Paragraph();
    private final Div actions = new Div();
    private final Paragraph byline = new Paragraph();
    private final Button approve = button("Approve", "approve-proposal", Step.APPROVE);
    private final Button execute = button("Execute", "execute-proposal", Step.EXECUTE);
    private final Button cancel = button("Cancel", "cancel-proposal", Step.CANCEL);
    private final Button details = button("Details", "proposal-details", Step.DETAILS);
    private Proposal proposal;

    ProposalCard(Proposal proposal) {
        this.proposal = proposal;
        addClassName("proposal");
        getElement().setAttribute("data-proposal-id", proposal.id());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        state.addClassName("proposal-state");
        approvals.addClassName("proposal-approvals");
        eta.addClassName("proposal-eta");
        reason.addClassName("proposal-reason");
        actions.addClassName("proposal-actions");
        byline.addClassName("proposal-byline");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(state, approvals, eta);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, reason, actions, byline, new HorizontalLayout(approve, execute, cancel, details));
    }

    Proposal proposal() {
        return proposal;
    }

    /** Shows the proposal as it is now and which steps are open to this owner at {@code now}. */
    void show(Proposal current, ProposalSteps steps, Instant now) {
        proposal = current;
        state.setText(current.state());
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add(switch (current.state()) {
            case "EXECUTED" -> "success";
            case "FAILED", "CANCELLED" -> "error";
            case "QUEUED" -> "contrast";
            default -> "primary";
        });
        approvals.setText(current.approvalCount() + " of " + current.threshold() + " approvals");
        reason.setText(current.reason());
        actions.removeAll();
        current.actions().forEach(action -> actions.add(new Div(ProposalText.describe(action))));
        byline.setText("Proposed by " + current.proposerName() + " at " + isoSeconds(current.createdAt())
                + (current.failureReason() == null ? "" : " · failed: " + current.failureReason()));
        tick(steps, now);
    }

    /** The countdown and the buttons, once a second: an eta passing opens the execute step without any event. */
    void tick(ProposalSteps steps, Instant now) {
        boolean queued = "QUEUED".equals(proposal.state()) && proposal.eta() != null;
        eta.setVisible(queued);
        if (queued) {
            eta.setText("executes " + Countdown.until(proposal.eta(), now) + " (eta " + isoSeconds(proposal.eta()) + ")");
        }
        approve.setEnabled(steps.approve());
        execute.setEnabled(steps.execute());
        cancel.setEnabled(steps.cancel());
    }

    Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    private Button button(String text, String className, Step step) {
        Button button = new Button(text, click -> fireEvent(new StepEvent(this, step)));
        button.addClassName(className);
        return button;
    }

    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static final class StepEvent extends ComponentEvent<ProposalCard> {

        private final Step step;

        StepEvent(ProposalCard source, Step step) {
            super(source, true);
            this.step = step;
        }

        Step step() {
            return step;
        }
    }
}
