package org.agijobs.portal.pause;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.agijobs.portal.backend.LiveFeed;
import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.CurrentUser;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The emergency brake for guardians and owners: the pause in force, pausing at once, and for owners the way back,
 * a resume proposal that the council approves. Live from {@code pauseChanges} and {@code governanceEvents}.
 */
@Route(value = "pause", layout = MainLayout.class)
@PageTitle("Pause switch")
@RolesAllowed({Roles.GUARDIAN, Roles.OWNER})
public class PauseView extends VerticalLayout {

    static final String LEVEL_FIELD = "input.level";
    static final String REASON_FIELD = "input.reason";
    private static final int REASON_MAX_LENGTH = 1000;
    private static final int PROPOSAL_REASON_MAX_LENGTH = 2000;

    private final PauseSwitch pauseSwitch;
    private final boolean owner;
    private final LiveFeed<PauseState> pauseChanges = new LiveFeed<>();
    private final LiveFeed<String> proposalSteps = new LiveFeed<>();

    private final ErrorNotice error = new ErrorNotice("pause-error");
    private final Span level = field("pause-state-level");
    private final Span since = field("pause-state-since");
    private final Span pausedBy = field("pause-state-by");
    private final Span reason = field("pause-state-reason");
    private final Select<String> newLevel = new Select<>();
    private final TextArea newReason = new TextArea("Reason, shown to every user");
    private final Button pause = new Button("Pause the market");
    private final VerticalLayout resume = new VerticalLayout();
    private final TextArea resumeReason = new TextArea("Why the market may resume");
    private final Button proposeResume = new Button("Propose resume");
    private final Paragraph noProposals = new Paragraph("No resume proposal is open.");
    private final VerticalLayout proposals = new VerticalLayout();

    private PauseState shown = new PauseState(PauseState.NONE, null, null, Instant.EPOCH);

    public PauseView(PauseSwitch pauseSwitch, CurrentUser currentUser) {
        this.pauseSwitch = pauseSwitch;
        this.owner = currentUser.hasRole(Roles.OWNER);
        add(new ViewTitle("Pause switch"), error, configureState(), configurePauseForm(), configureResume());
    }

    private VerticalLayout configureState() {
        FormLayout details = new FormLayout();
        details.setId("pause-state");
        details.addFormItem(level, "Level in force");
        details.addFormItem(since, "Since");
        details.addFormItem(pausedBy, "Paused by");
        details.addFormItem(reason, "Reason");
        VerticalLayout state = new VerticalLayout(new H3("The market now"), details);
        state.setPadding(false);
        return state;
    }

    private VerticalLayout configurePauseForm() {
        newLevel.setId("pause-level");
        newLevel.setLabel("Level");
        newLevel.setItems("INTAKE", "FULL");
        newLevel.setItemLabelGenerator(item -> "INTAKE".equals(item)
                ? "INTAKE: no new jobs, applications or stake deposits"
                : "FULL: everything stops but withdrawals and the resume");
        newLevel.setValue("INTAKE");
        newLevel.setWidth("30em");
        newReason.setId("pause-reason");
        newReason.setMaxLength(REASON_MAX_LENGTH);
        newReason.setWidthFull();
        pause.setId("pause-submit");
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        pause.setDisableOnClick(true);
        pause.addClickListener(click -> pause());
        VerticalLayout form = new VerticalLayout(new H3("Pause now"), new Paragraph("Takes effect at once, without "
                + "a proposal. Only a resume proposal approved by the council lowers or ends a pause."),
                newLevel, newReason, pause);
        form.setId("pause-form");
        form.setPadding(false);
        return form;
    }

    private VerticalLayout configureResume() {
        resumeReason.setId("resume-reason");
        resumeReason.setMaxLength(PROPOSAL_REASON_MAX_LENGTH);
        resumeReason.setWidthFull();
        proposeResume.setId("propose-resume");
        proposeResume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposeResume.setDisableOnClick(true);
        proposeResume.addClickListener(click -> proposeResume());
        noProposals.setId("no-resume-proposals");
        proposals.setId("resume-proposals");
        proposals.setPadding(false);
        resume.add(new H3("Resume"), new Paragraph("A resume is a council proposal: it executes as soon as "
                + "enough owners approved it."), resumeReason, proposeResume, noProposals, proposals);
        resume.setId("resume");
        resume.setPadding(false);
        // Guardians may stop the market but never restart it.
        resume.setVisible(owner);
        return resume;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        error.clear();
        try {
            // Subscribed before reading, so nothing falls between; a stale state is dropped by its instant.
            pauseChanges.start(event.getUI(), pauseSwitch.changes(), this::show, error::show);
            if (owner) {
                proposalSteps.startRefreshing(event.getUI(), pauseSwitch.proposalSteps(), this::refreshProposals,
                        error::show);
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        pauseChanges.stop();
        proposalSteps.stop();
        super.onDetach(event);
    }

    void refresh() {
        try {
            show(pauseSwitch.state());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        refreshProposals();
    }

    void show(PauseState state) {
        if (state.isOlderThan(shown)) {
            return;
        }
        shown = state;
        level.setText(state.level());
        since.setText(isoSeconds(state.since()));
        pausedBy.setText(state.pausedBy() == null ? "" : state.pausedBy());
        reason.setText(state.reason() == null ? "" : state.reason());
        if ("FULL".equals(state.level())) {
            newLevel.setValue("FULL");
        }
    }

    private void refreshProposals() {
        if (!owner) {
            return;
        }
        try {
            List<PauseSwitch.ResumeProposal> open = pauseSwitch.openResumeProposals();
            proposals.removeAll();
            open.forEach(proposal -> proposals.add(card(proposal)));
            noProposals.setVisible(open.isEmpty());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private VerticalLayout card(PauseSwitch.ResumeProposal proposal) {
        Paragraph what = new Paragraph("Proposed by " + proposal.proposerName() + " at "
                + isoSeconds(proposal.createdAt()) + ": " + proposal.reason());
        what.addClassName("resume-proposal-reason");
        Paragraph approvals = new Paragraph(proposal.approvalCount() + " of " + proposal.threshold()
                + " approvals (" + String.join(", ", proposal.approvers()) + ")");
        approvals.addClassName("resume-proposal-approvals");
        Button approve = new Button("Approve");
        approve.addClassName("approve-resume");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setDisableOnClick(true);
        approve.addClickListener(click -> approve(proposal, approve));
        VerticalLayout card = new VerticalLayout(what, approvals, approve);
        card.addClassName("resume-proposal");
        card.getElement().setAttribute("data-proposal-id", proposal.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return card;
    }

    private void pause() {
        newLevel.setInvalid(false);
        newReason.setInvalid(false);
        if (submit(() -> pauseSwitch.pause(newLevel.getValue() == null ? "" : newLevel.getValue(),
                newReason.getValue().strip()), Map.of(LEVEL_FIELD, newLevel, REASON_FIELD, newReason))) {
            Notification.show("The market is paused (" + newLevel.getValue() + ").");
            newReason.clear();
            refresh();
        }
        pause.setEnabled(true);
    }

    private void proposeResume() {
        resumeReason.setInvalid(false);
        if (submit(() -> pauseSwitch.proposeResume(resumeReason.getValue().strip()),
                Map.of("input.reason", resumeReason))) {
            Notification.show("Resume proposed; it executes once enough owners approved it.");
            resumeReason.clear();
            refresh();
        }
        proposeResume.setEnabled(true);
    }

    private void approve(PauseSwitch.ResumeProposal proposal, Button button) {
        if (submit(() -> pauseSwitch.approve(proposal.id()), Map.of())) {
            Notification.show("Approved.");
            refresh();
        }
        button.setEnabled(true);
    }

    /**
     * Runs a mutation and shows its refusals: each at its field when the form has it, the rest above the form.
     * True when there were none.
     */
    private boolean submit(Supplier<List<PauseSwitch.UserError>> mutation, Map<String, HasValidation> fields) {
        try {
            List<PauseSwitch.UserError> userErrors = mutation.get();
            if (userErrors.isEmpty()) {
                error.clear();
                return true;
            }
            StringBuilder general = new StringBuilder();
            for (PauseSwitch.UserError userError : userErrors) {
                HasValidation field = userError.field() == null ? null : fields.get(userError.field());
                if (field != null) {
                    field.setErrorMessage(userError.message());
                    field.setInvalid(true);
                } else {
                    general.append(general.isEmpty() ? "" : " ").append(userError.message());
                }
            }
            if (general.isEmpty()) {
                error.clear();
            } else {
                error.show(general.toString());
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        return false;
    }

    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Span field(String id) {
        Span field = new Span();
        field.setId(id);
        return field;
    }
}
