package org.agijobs.portal.jobs;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.backend.LiveFeed;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An employer's desk: their jobs counted by state, posting a new one with the escrow and fee previewed by the
 * backend, and every job in a grid that pages lazily through the API's connection. Live from the employer's job
 * events: a job that changes state elsewhere updates the figures and the list without a reload.
 */
@Route(value = "my-jobs", layout = MainLayout.class)
@PageTitle("My jobs")
@RolesAllowed(Roles.EMPLOYER)
public class MyJobsView extends VerticalLayout {

    static final int PAGE_SIZE = 50;

    private final EmployerJobs employerJobs;

    private final ErrorNotice error = new ErrorNotice("jobs-error");
    private final Paragraph termsText = new Paragraph();
    private final Button acceptTerms = new Button("Accept the terms");
    private final FlexLayout stateCounts = new FlexLayout();
    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("What is to be delivered");
    private final TextField reward = new TextField("Reward (AGIALPHA)");
    private final Paragraph quote = new Paragraph();
    private final DateTimePicker deadline = new DateTimePicker("Deadline (UTC)");
    private final TextField skills = new TextField("Required skills (comma separated)");
    private final Select<String> agentTypes = new Select<>();
    private final TextField parent = new TextField("Parent job (optional id)");
    private final TextField energyBudget = new TextField("Energy budget (optional)");
    private final TextField computeBudget = new TextField("Compute budget (optional)");
    private final Button post = new Button("Post job");
    private final Grid<EmployerJobs.JobRow> jobs = new Grid<>();
    private final LiveFeed<EmployerJobs.JobEvent> jobEvents = new LiveFeed<>();
    private final Map<String, HasValidation> fieldsByInput;
    private @Nullable String stateFilter;
    private String employerId = "";
    private int termsVersion;

    public MyJobsView(EmployerJobs employerJobs) {
        this.employerJobs = employerJobs;
        this.fieldsByInput = Map.of("input.title", title, "input.description", description, "input.reward", reward,
                "input.deadline", deadline, "input.requiredSkills", skills, "input.parent", parent,
                "input.energyBudget", energyBudget, "input.computeBudget", computeBudget);
        setMaxWidth("72rem");
        add(new ViewTitle("My jobs"), error, configureTerms(), configureCounts(), configureForm(), configureGrid());
    }

    private VerticalLayout configureTerms() {
        termsText.setId("terms-status");
        acceptTerms.setId("accept-terms");
        acceptTerms.addClickListener(click -> acceptTerms());
        VerticalLayout terms = new VerticalLayout(termsText, acceptTerms);
        terms.setPadding(false);
        return terms;
    }

    private FlexLayout configureCounts() {
        stateCounts.setId("job-state-counts");
        stateCounts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        stateCounts.getStyle().set("gap", "var(--lumo-space-s)");
        return stateCounts;
    }

    private FormLayout configureForm() {
        title.setId("job-title");
        description.setId("job-description");
        reward.setId("job-reward");
        reward.setValueChangeMode(ValueChangeMode.LAZY);
        reward.addValueChangeListener(change -> previewQuote());
        quote.setId("job-quote");
        deadline.setId("job-deadline");
        skills.setId("job-skills");
        agentTypes.setId("job-agent-types");
        agentTypes.setLabel("Who may take it");
        agentTypes.setItems("ANY", "AI", "HUMAN");
        agentTypes.setValue("ANY");
        parent.setId("job-parent");
        energyBudget.setId("job-energy-budget");
        computeBudget.setId("job-compute-budget");
        post.setId("post-job");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A new key per press: a double click replays the first request instead of posting twice.
        post.addClickListener(click -> postJob(UUID.randomUUID()));
        post.setDisableOnClick(true);
        FormLayout form = new FormLayout(title, reward, quote, deadline, skills, agentTypes, parent, energyBudget,
                computeBudget, description, post);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
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
        jobs.setPageSize(PAGE_SIZE);
        jobs.addItemClickListener(click -> open(click.getItem()));
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
        try {
            jobEvents.startRefreshing(event.getUI(), employerJobs.events(), this::refreshJobs,
                    failure -> error.show(failure + " Reload the page to see live updates again."));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        jobEvents.stop();
        super.onDetach(event);
    }

    void refresh() {
        try {
            EmployerJobs.TermsStatus terms = employerJobs.terms();
            employerId = terms.me().participant().id();
            termsVersion = terms.currentTermsVersion();
            termsText.setText(terms.accepted()
                    ? "You accepted the terms (version " + termsVersion + ")."
                    : "Posting a job puts money in escrow: accept the terms (version " + termsVersion + ") first.");
            acceptTerms.setVisible(!terms.accepted());
            refreshJobs();
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    /** New figures and a list read again from its first page: a state changed or a job was posted. */
    void refreshJobs() {
        try {
            showCounts(employerJobs.countsOf(employerId));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        String employer = employerId;
        String state = stateFilter;
        CursorPager<EmployerJobs.JobRow> freshPager =
                new CursorPager<>((after, first) -> employerJobs.jobsOf(employer, state, after, first));
        jobs.setItems(query -> {
            try {
                return freshPager.fetch(query.getOffset(), query.getLimit());
            } catch (BackendException e) {
                error.show(e.getMessage());
                return Stream.empty();
            }
        });
    }

    private void showCounts(List<EmployerJobs.StateCount> counts) {
        stateCounts.removeAll();
        int total = counts.stream().mapToInt(EmployerJobs.StateCount::count).sum();
        stateCounts.add(filterButton("All " + total, null));
        counts.stream().filter(count -> count.count() > 0)
                .forEach(count -> stateCounts.add(filterButton(count.state() + " " + count.count(), count.state())));
    }

    private Button filterButton(String text, @Nullable String state) {
        Button button = new Button(text, click -> {
            stateFilter = state;
            refreshJobs();
        });
        button.addClassName("job-state-count");
        button.addThemeVariants(Objects.equals(state, stateFilter) ? ButtonVariant.LUMO_PRIMARY
                : ButtonVariant.LUMO_CONTRAST);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** The backend prices the reward at the fee in force now; its refusal shows under the reward at once. */
    void previewQuote() {
        String typed = reward.getValue().strip();
        if (typed.isEmpty()) {
            quote.setText("");
            reward.setInvalid(false);
            return;
        }
        try {
            EmployerJobs.Quote priced = employerJobs.quote(typed);
            reward.setInvalid(false);
            quote.setText("Escrow " + priced.escrow() + " = reward " + priced.reward() + " + fee " + priced.fee()
                    + " (" + percent(priced.feeBps()) + ")");
        } catch (BackendException e) {
            quote.setText("");
            reward.setErrorMessage(e.getMessage());
            reward.setInvalid(true);
        }
    }

    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    private void acceptTerms() {
        try {
            showOrClear(employerJobs.acceptTerms(termsVersion));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        refresh();
    }

    void postJob(UUID idempotencyKey) {
        try {
            var newJob = new EmployerJobs.NewJob(title.getValue(), description.getValue(), reward.getValue(),
                    deadline.getValue() == null ? null : deadline.getValue().toInstant(ZoneOffset.UTC), skillList(),
                    agentTypes.getValue(), parent.getValue(), energyBudget.getValue(), computeBudget.getValue());
            if (showOrClear(employerJobs.post(newJob, idempotencyKey))) {
                Notification.show("Job posted; its reward and fee are held in escrow.");
                title.clear();
                description.clear();
                reward.clear();
                skills.clear();
                parent.clear();
                energyBudget.clear();
                computeBudget.clear();
                refreshJobs();
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            post.setEnabled(true);
        }
    }

    private void open(EmployerJobs.JobRow row) {
        getUI().ifPresent(ui -> ui.navigate(JobDetailView.class, row.id()));
    }

    private List<String> skillList() {
        return Arrays.stream(skills.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Shows the backend's refusals: each under the field it names, and all of them in the notice, so none is
     * missed on a phone where the field is scrolled away. True when there were none.
     */
    private boolean showOrClear(List<EmployerJobs.UserError> userErrors) {
        fieldsByInput.values().forEach(field -> field.setInvalid(false));
        if (userErrors.isEmpty()) {
            error.clear();
            return true;
        }
        for (EmployerJobs.UserError refusal : userErrors) {
            HasValidation field = refusal.field() == null ? null : fieldsByInput.get(refusal.field());
            if (field != null) {
                field.setErrorMessage(refusal.message());
                field.setInvalid(true);
            }
        }
        error.show(userErrors.stream().map(EmployerJobs.UserError::message).reduce((a, b) -> a + " " + b).orElseThrow());
        return false;
    }
}
