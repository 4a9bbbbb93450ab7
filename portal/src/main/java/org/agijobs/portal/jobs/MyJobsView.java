package org.agijobs.portal.jobs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** An employer's jobs, and posting a new one with its reward held in escrow. */
@Route(value = "my-jobs", layout = MainLayout.class)
@PageTitle("My jobs")
@RolesAllowed(Roles.EMPLOYER)
public class MyJobsView extends VerticalLayout {

    private final EmployerJobs employerJobs;

    private final ErrorNotice error = new ErrorNotice("jobs-error");
    private final Paragraph termsText = new Paragraph();
    private final Button acceptTerms = new Button("Accept the terms");
    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("What is to be delivered");
    private final TextField reward = new TextField("Reward (AGIALPHA)");
    private final DateTimePicker deadline = new DateTimePicker("Deadline (UTC)");
    private final TextField skills = new TextField("Required skills (comma separated)");
    private final Button post = new Button("Post job");
    private final Grid<EmployerJobs.JobRow> jobs = new Grid<>();
    private String employerId = "";
    private int termsVersion;

    public MyJobsView(EmployerJobs employerJobs) {
        this.employerJobs = employerJobs;
        add(new ViewTitle("My jobs"), error, configureTerms(), configureForm(), configureGrid());
    }

    private VerticalLayout configureTerms() {
        termsText.setId("terms-status");
        acceptTerms.setId("accept-terms");
        acceptTerms.addClickListener(click -> acceptTerms());
        VerticalLayout terms = new VerticalLayout(termsText, acceptTerms);
        terms.setPadding(false);
        return terms;
    }

    private FormLayout configureForm() {
        title.setId("job-title");
        description.setId("job-description");
        reward.setId("job-reward");
        deadline.setId("job-deadline");
        skills.setId("job-skills");
        post.setId("post-job");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A new key per press: a double click replays the first request instead of posting twice.
        post.addClickListener(click -> postJob(UUID.randomUUID()));
        post.setDisableOnClick(true);
        FormLayout form = new FormLayout(title, reward, deadline, skills, description, post);
        form.setId("new-job-form");
        return form;
    }

    private Grid<EmployerJobs.JobRow> configureGrid() {
        jobs.setId("my-jobs-grid");
        jobs.addColumn(EmployerJobs.JobRow::title).setHeader("Title").setFlexGrow(3);
        jobs.addColumn(EmployerJobs.JobRow::state).setHeader("State");
        jobs.addColumn(EmployerJobs.JobRow::reward).setHeader("Reward");
        jobs.addColumn(EmployerJobs.JobRow::fee).setHeader("Fee");
        jobs.addColumn(row -> row.deadline().toString()).setHeader("Deadline");
        jobs.addColumn(EmployerJobs.JobRow::agentHandle).setHeader("Agent");
        jobs.setAllRowsVisible(true);
        return jobs;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (deadline.isEmpty()) {
            // A week ahead is a sensible first guess; the backend enforces the real bounds.
            deadline.setValue(LocalDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.HOURS));
        }
        refresh();
    }

    private void refresh() {
        try {
            EmployerJobs.TermsStatus terms = employerJobs.terms();
            employerId = terms.me().participant().id();
            termsVersion = terms.currentTermsVersion();
            termsText.setText(terms.accepted()
                    ? "You accepted the terms (version " + termsVersion + ")."
                    : "Posting a job puts money in escrow: accept the terms (version " + termsVersion + ") first.");
            acceptTerms.setVisible(!terms.accepted());
            jobs.setItems(employerJobs.jobsOf(employerId));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void acceptTerms() {
        try {
            showOrClear(employerJobs.acceptTerms(termsVersion));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        refresh();
    }

    private void postJob(UUID idempotencyKey) {
        try {
            var newJob = new EmployerJobs.NewJob(title.getValue(), description.getValue(), reward.getValue(),
                    deadline.getValue() == null ? null : deadline.getValue().toInstant(ZoneOffset.UTC), skillList());
            if (showOrClear(employerJobs.post(newJob, idempotencyKey))) {
                Notification.show("Job posted; its reward and fee are held in escrow.");
                title.clear();
                description.clear();
                reward.clear();
                skills.clear();
                refresh();
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            post.setEnabled(true);
        }
    }

    private List<String> skillList() {
        return Arrays.stream(skills.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Shows the backend's refusals as they are; true when there were none. */
    private boolean showOrClear(List<EmployerJobs.UserError> userErrors) {
        if (userErrors.isEmpty()) {
            error.clear();
            return true;
        }
        error.show(userErrors.stream().map(EmployerJobs.UserError::message).reduce((a, b) -> a + " " + b).orElseThrow());
        return false;
    }
}
