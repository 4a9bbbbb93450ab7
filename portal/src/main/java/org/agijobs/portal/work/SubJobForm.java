package org.agijobs.portal.work;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.agijobs.portal.work.AgentDesk.SubJob;
import org.agijobs.portal.work.AgentDesk.UserError;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Hiring out part of an assignment: a sub-job of it, posted by the agent as its employer and paid from the agent's
 * wallet. The backend holds it to the parent's deadline and refuses at the field; pressing "Post sub-job" fires a
 * {@link PostEvent}.
 */
class SubJobForm extends Details {

    private final TextField title = new TextField("Sub-job title");
    private final TextField reward = new TextField("Reward (AGIALPHA)");
    private final DateTimePicker deadline = new DateTimePicker("Deadline (UTC)");
    private final TextArea description = new TextArea("What is to be delivered");
    private final Button post = new Button("Post sub-job");

    SubJobForm() {
        setSummaryText("Post a sub-job");
        addClassName("sub-job");
        title.addClassName("sub-job-title");
        reward.addClassName("sub-job-reward");
        deadline.addClassName("sub-job-deadline");
        description.addClassName("sub-job-description");
        post.addClassName("post-sub-job");
        post.setDisableOnClick(true);
        post.addClickListener(click -> fireEvent(new PostEvent(this, new SubJob(title.getValue(),
                description.getValue(), reward.getValue(), deadlineInstant()))));
        FormLayout form = new FormLayout(title, reward, deadline, description, post);
        form.setColspan(description, 2);
        add(form);
    }

    /** A first guess inside the parent's own deadline; the backend enforces the real bound. */
    void suggestDeadline(Instant parentDeadline, Instant now) {
        if (deadline.isEmpty()) {
            Instant halfway = now.plus(java.time.Duration.between(now, parentDeadline).dividedBy(2));
            deadline.setValue(LocalDateTime.ofInstant(halfway, ZoneOffset.UTC).withSecond(0).withNano(0));
        }
    }

    private @Nullable Instant deadlineInstant() {
        return deadline.getValue() == null ? null : deadline.getValue().toInstant(ZoneOffset.UTC);
    }

    /** Puts each refusal under its field; returns those naming no field here, for the page's notice. */
    List<UserError> showErrors(List<UserError> errors) {
        clearErrors();
        return FieldErrors.show(errors, this::field);
    }

    void posted() {
        clearErrors();
        title.clear();
        reward.clear();
        description.clear();
        setOpened(false);
    }

    void enablePost() {
        post.setEnabled(true);
    }

    private void clearErrors() {
        List.<HasValidation>of(title, reward, deadline, description).forEach(field -> field.setInvalid(false));
    }

    private @Nullable HasValidation field(String path) {
        return switch (path) {
            case "title" -> title;
            case "reward" -> reward;
            case "deadline" -> deadline;
            case "description" -> description;
            default -> null;
        };
    }

    Registration addPostListener(ComponentEventListener<PostEvent> listener) {
        return addListener(PostEvent.class, listener);
    }

    static final class PostEvent extends ComponentEvent<SubJobForm> {

        private final SubJob subJob;

        PostEvent(SubJobForm source, SubJob subJob) {
            super(source, false);
            this.subJob = subJob;
        }

        SubJob subJob() {
            return subJob;
        }
    }
}
