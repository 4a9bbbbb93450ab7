package org.agijobs.portal.jobs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A party's dispute of a completed job's outcome: what is wrong, and the evidence (a link, its SHA-256, a note for
 * the moderator). Built only while the challenge window is open, so a job page that offers no dispute holds none of
 * its fields.
 */
final class DisputeForm extends FormLayout {

    private final TextArea reason = new TextArea("What is wrong with the outcome");
    private final TextField evidenceUri = new TextField("Evidence link");
    private final TextField evidenceHash = new TextField("SHA-256 of the evidence (optional)");
    private final TextArea note = new TextArea("Note for the moderator (optional)");
    private final Map<String, HasValidation> fieldsByInput = Map.of("input.reason", reason,
            "input.evidenceUri", evidenceUri, "input.evidenceHash", evidenceHash, "input.note", note);

    DisputeForm(Consumer<UUID> raise) {
        setId("dispute-form");
        reason.setId("dispute-reason");
        evidenceUri.setId("evidence-uri");
        evidenceHash.setId("evidence-hash");
        note.setId("evidence-note");
        Button submit = new Button("Raise a dispute", click -> raise.accept(UUID.randomUUID()));
        submit.setId("raise-dispute");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason, evidenceUri, evidenceHash, note, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    String reason() {
        return reason.getValue();
    }

    String evidenceUri() {
        return evidenceUri.getValue();
    }

    String evidenceHash() {
        return evidenceHash.getValue();
    }

    String note() {
        return note.getValue();
    }

    /** Marks the fields the refusals name, with their messages, and clears the others. */
    void show(List<JobDetails.UserError> refusals) {
        fieldsByInput.values().forEach(field -> field.setInvalid(false));
        for (JobDetails.UserError refusal : refusals) {
            HasValidation field = refusal.field() == null ? null : fieldsByInput.get(refusal.field());
            if (field != null) {
                field.setErrorMessage(refusal.message());
                field.setInvalid(true);
            }
        }
    }
}
