package org.agijobs.portal.work;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.agijobs.portal.governance.Countdown;
import org.agijobs.portal.work.AgentDesk.Assignment;
import org.agijobs.portal.work.AgentDesk.Result;
import org.agijobs.portal.work.AgentDesk.UserError;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * One assigned job: what it pays, the delivery deadline counting down, and the form that delivers its result.
 * Pressing "Submit result" fires a {@link SubmitEvent}; the backend's refusals come back to the field they name.
 */
class AssignmentCard extends Div {

    private final Paragraph terms = new Paragraph();
    private final Paragraph deadline = new Paragraph();
    private final TextField resultUri = new TextField("Result URI");
    private final TextField resultHash = new TextField("Result SHA-256 (hex)");
    private final TextArea resultText = new TextArea("Note (optional)");
    private final Button submit = new Button("Submit result");
    private final SubJobForm subJob = new SubJobForm();
    private Assignment assignment;

    AssignmentCard(Assignment assignment) {
        this.assignment = assignment;
        addClassName("assignment");
        getElement().setAttribute("data-job-id", assignment.id());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        terms.addClassName("assignment-terms");
        deadline.addClassName("assignment-deadline");
        resultUri.addClassName("result-uri");
        resultUri.setPlaceholder("https://…");
        resultUri.setRequiredIndicatorVisible(true);
        resultHash.addClassName("result-hash");
        resultHash.setRequiredIndicatorVisible(true);
        resultText.addClassName("result-text");
        submit.addClassName("submit-result");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickShortcut(Key.ENTER).listenOn(resultUri, resultHash);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this,
                new Result(resultUri.getValue(), resultHash.getValue(), resultText.getValue()))));
        FormLayout form = new FormLayout(resultUri, resultHash, resultText, submit);
        form.setColspan(resultText, 2);
        subJob.addPostListener(posted -> fireEvent(new SubJobEvent(this, posted.subJob())));
        add(new H4(assignment.title()), terms, deadline, form, subJob);
        show(assignment);
    }

    Assignment assignment() {
        return assignment;
    }

    void show(Assignment current) {
        assignment = current;
        terms.setText("Reward " + current.reward() + " AGIALPHA"
                + (current.jobStake() == null ? "" : " · your stake locked for it " + current.jobStake() + " AGIALPHA"));
    }

    /** Called once a second: the time left to deliver, to the second. */
    void tick(Instant now) {
        deadline.setText(deadlineText(assignment, now));
        subJob.suggestDeadline(assignment.deadline(), now);
    }

    static String deadlineText(Assignment assignment, Instant now) {
        String at = assignment.deadline().truncatedTo(ChronoUnit.SECONDS).toString();
        if (now.isBefore(assignment.deadline())) {
            return "Deliver " + Countdown.until(assignment.deadline(), now) + " (deadline " + at + ")";
        }
        String expiry = assignment.expiresAt() == null ? ""
                : "; the job expires " + Countdown.until(assignment.expiresAt(), now)
                        .replace("due now", "now") + " and your job stake is slashed";
        return "The deadline " + at + " has passed" + expiry + ".";
    }

    /**
     * Puts each error under the field it names and returns the ones that name no field of this form, for the
     * page's notice.
     */
    List<UserError> showErrors(List<UserError> errors) {
        clearErrors();
        return FieldErrors.show(errors, this::field);
    }

    void clearErrors() {
        List.<HasValidation>of(resultUri, resultHash, resultText).forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    void enableSubmit() {
        submit.setEnabled(true);
    }

    private @Nullable HasValidation field(String path) {
        return switch (path) {
            case "resultUri" -> resultUri;
            case "resultHash" -> resultHash;
            case "resultText" -> resultText;
            default -> null;
        };
    }

    SubJobForm subJobForm() {
        return subJob;
    }

    Registration addSubJobListener(ComponentEventListener<SubJobEvent> listener) {
        return addListener(SubJobEvent.class, listener);
    }

    static final class SubJobEvent extends ComponentEvent<AssignmentCard> {

        private final AgentDesk.SubJob subJob;

        SubJobEvent(AssignmentCard source, AgentDesk.SubJob subJob) {
            super(source, false);
            this.subJob = subJob;
        }

        AgentDesk.SubJob subJob() {
            return subJob;
        }
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static final class SubmitEvent extends ComponentEvent<AssignmentCard> {

        private final Result result;

        SubmitEvent(AssignmentCard source, Result result) {
            super(source, false);
            this.result = result;
        }

        Result result() {
            return result;
        }
    }
}
