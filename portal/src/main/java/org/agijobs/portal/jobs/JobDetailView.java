package org.agijobs.portal.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.LiveFeed;
import org.agijobs.portal.governance.Countdown;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * One job, whole: its terms and money, a timeline of its life, the committee's progress (how many committed and
 * revealed, never how they voted), the ranking of eligible agents while it is open, the dispute and its evidence,
 * the settlement with every amount, the certificate, and the tree of sub-jobs as a diagram. Its employer cancels
 * it while open; the employer or the assigned agent disputes the outcome here. Live from the job's events.
 */
@Route(value = "jobs", layout = MainLayout.class)
@PermitAll
public class JobDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final JobDetails details;
    private final Clock clock;

    private final ErrorNotice error = new ErrorNotice("job-error");
    private final H2 title = new H2();
    private final Span state = new Span();
    private final Paragraph money = new Paragraph();
    private final Paragraph terms = new Paragraph();
    private final Paragraph people = new Paragraph();
    private final VerticalLayout committee = section("job-committee");
    private final VerticalLayout ranking = section("job-ranking");
    private final VerticalLayout commands = section("job-commands");
    private final VerticalLayout dispute = section("job-dispute");
    private final VerticalLayout settlement = section("job-settlement");
    private final UnorderedList timeline = new UnorderedList();
    private final MermaidDiagram tree = new MermaidDiagram();
    private @Nullable TextField cancelReason;
    private @Nullable DisputeForm disputeForm;
    private final LiveFeed<JobDetails.JobEvent> events = new LiveFeed<>();
    private String jobId = "";
    private JobDetails.@Nullable Detail shown;

    public JobDetailView(JobDetails details, Clock clock) {
        this.details = details;
        this.clock = clock;
        title.setId("job-detail-title");
        state.setId("job-detail-state");
        state.getElement().getThemeList().add("badge");
        money.setId("job-money");
        terms.setId("job-terms");
        people.setId("job-people");
        timeline.setId("job-timeline");
        tree.setId("job-tree");
        setMaxWidth("72rem");
        add(title, state, error, money, terms, people, commands, committee, ranking, dispute, settlement,
                new H3("Timeline"), timeline, new H3("Sub-job tree"), tree);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        jobId = parameter;
    }

    @Override
    public String getPageTitle() {
        return shown == null || shown.job() == null ? "Job" : shown.job().title();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
        try {
            events.startRefreshing(event.getUI(), details.events(jobId), this::refresh,
                    failure -> error.show(failure + " Reload the page to see live updates again."));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        events.stop();
        super.onDetach(event);
    }

    void refresh() {
        try {
            shown = details.detail(jobId);
        } catch (BackendException e) {
            error.show(e.getMessage());
            return;
        }
        JobDetails.Job job = shown.job();
        if (job == null) {
            title.setText("No such job");
            error.show("There is no job with this id, or it is not one you may see.");
            return;
        }
        Instant now = clock.instant();
        title.setText(job.title());
        state.setText(job.state());
        money.setText("Reward " + job.reward() + " · fee " + job.fee() + " (" + MyJobsView.percent(job.feeBps())
                + ") · escrow " + job.escrow());
        terms.setText("Deadline " + job.deadline() + (job.requiredSkills().isEmpty() ? ""
                : " · skills " + String.join(", ", job.requiredSkills())) + " · open to " + job.agentTypesAllowed()
                + budgets(job));
        people.setText("Employer " + job.employer().handle() + (job.agent() == null ? " · no agent yet"
                : " · agent " + job.agent().handle()) + (job.parent() == null ? ""
                : " · sub-job of " + job.parent().title()));
        showCommands(job, now);
        showCommittee(job.committee(), now, job.state());
        showRanking(job);
        showDispute(job, now);
        showSettlement(job);
        showTimeline(job, now);
        showTree();
    }

    private static String budgets(JobDetails.Job job) {
        return (job.energyBudget() == null ? "" : " · energy " + job.energyBudget())
                + (job.computeBudget() == null ? "" : " · compute " + job.computeBudget());
    }

    /**
     * The employer cancels an open job; either party, the employer or the assigned agent, disputes the outcome in
     * the challenge window (a rejection harms the agent, an approval the employer). The forms are built only when
     * offered, and kept across refreshes so that what was typed survives a live update.
     */
    private void showCommands(JobDetails.Job job, Instant now) {
        commands.removeAll();
        if (shown.isEmployer() && job.state().equals("CREATED")) {
            if (cancelReason == null) {
                cancelReason = new TextField("Why (optional)");
                cancelReason.setId("cancel-reason");
            }
            Button cancel = new Button("Cancel job and refund the escrow", click -> cancel(UUID.randomUUID()));
            cancel.setId("cancel-job");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            commands.add(new FormLayout(cancelReason, cancel));
        } else {
            cancelReason = null;
        }
        if ((shown.isEmployer() || shown.isAgent()) && mayDispute(job, now)) {
            if (disputeForm == null) {
                disputeForm = new DisputeForm(this::raiseDispute);
            }
            commands.add(new H3("Dispute the outcome (until " + job.challengeEndsAt() + ", "
                    + Countdown.until(job.challengeEndsAt(), now) + ")"), disputeForm);
        } else {
            disputeForm = null;
        }
    }

    /** The backend decides; the form is offered while the challenge window is open and nobody has disputed. */
    static boolean mayDispute(JobDetails.Job job, Instant now) {
        return job.state().equals("COMPLETED") && job.challengeEndsAt() != null
                && job.challengeEndsAt().isAfter(now) && job.dispute() == null;
    }

    private void showCommittee(JobDetails.@Nullable Committee seats, Instant now, String jobState) {
        committee.removeAll();
        if (seats == null) {
            return;
        }
        if (seats.members().isEmpty()) {
            Paragraph none = new Paragraph("No committee: too few eligible validators, so the delivery went to the"
                    + " moderators.");
            none.setId("committee-progress");
            committee.add(new H3("Committee"), none);
            return;
        }
        Instant phaseEnd = seats.phase().equals("COMMIT") ? seats.commitEndsAt() : seats.revealEndsAt();
        String progress = "Phase " + seats.phase() + " · " + seats.committed() + " of " + seats.members().size()
                + " committed · " + seats.revealed() + " revealed";
        if (seats.talliedAt() == null && phaseEnd.isAfter(now) && jobState.equals("VALIDATING")) {
            progress += " · phase ends " + Countdown.until(phaseEnd, now);
        }
        Paragraph line = new Paragraph(progress);
        line.setId("committee-progress");
        committee.add(new H3("Committee"), line);
    }

    private void showRanking(JobDetails.Job job) {
        ranking.removeAll();
        boolean owner = shown.me().roles().contains("OWNER");
        if (!job.state().equals("CREATED") || !(shown.isEmployer() || owner)) {
            return;
        }
        List<JobDetails.Ranked> ranked;
        try {
            ranked = details.ranking(jobId);
        } catch (BackendException e) {
            error.show(e.getMessage());
            return;
        }
        Grid<JobDetails.Ranked> grid = new Grid<>();
        grid.setId("agent-ranking-grid");
        grid.addColumn(row -> row.agent().handle()).setHeader("Agent").setFlexGrow(2);
        grid.addColumn(row -> String.format("%.3f", row.score())).setHeader("Score");
        grid.addColumn(row -> String.format("%.2f", row.skillMatch())).setHeader("Skill match");
        grid.addColumn(JobDetails.Ranked::reputation).setHeader("Reputation");
        grid.addColumn(JobDetails.Ranked::activeJobs).setHeader("Active jobs");
        grid.addColumn(JobDetails.Ranked::stake).setHeader("Stake");
        grid.setItems(ranked);
        grid.setAllRowsVisible(true);
        ranking.add(new H3("Eligible agents, best first"), ranked.isEmpty()
                ? new Paragraph("No eligible agent yet.") : grid);
    }

    private void showDispute(JobDetails.Job job, Instant now) {
        dispute.removeAll();
        JobDetails.Dispute raised = job.dispute();
        if (raised == null) {
            return;
        }
        dispute.add(new H3("Dispute"), new Paragraph(raised.kind() + " · opened " + raised.openedAt()
                + (raised.reason() == null ? "" : " · " + raised.reason()) + " · fee " + raised.fee()));
        UnorderedList evidence = new UnorderedList();
        evidence.setId("dispute-evidence");
        for (JobDetails.Evidence item : raised.evidence()) {
            ListItem entry = new ListItem(item.author().handle() + " (" + item.role() + "): ");
            Anchor link = new Anchor(item.uri(), item.uri());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            entry.add(link, new Span(" sha-256 " + item.hash() + (item.note() == null ? "" : " · " + item.note())));
            evidence.add(entry);
        }
        dispute.add(evidence);
        dispute.add(new Paragraph(raised.resolvedAt() == null ? "Awaiting a moderator's ruling."
                : "Ruled " + raised.ruling() + " at " + raised.resolvedAt()
                        + (raised.resolutionReason() == null ? "" : ": " + raised.resolutionReason())));
    }

    private void showSettlement(JobDetails.Job job) {
        settlement.removeAll();
        JobDetails.Settlement settled = job.settlement();
        if (settled == null) {
            return;
        }
        UnorderedList amounts = new UnorderedList(
                new ListItem("Outcome: " + (settled.success() ? "delivery accepted" : "delivery refused")
                        + " (" + settled.trigger() + ")"),
                new ListItem("Agent payout: " + settled.agentPayout()),
                new ListItem("Employer refund: " + settled.employerRefund()),
                new ListItem("Validator rewards: " + settled.validatorRewards()),
                new ListItem("Fee to the pool: " + settled.feeToPool()),
                new ListItem("Burned: " + settled.burned()),
                new ListItem("Slashed: " + settled.slashed()));
        amounts.setId("settlement-amounts");
        settlement.add(new H3("Settlement, " + settled.settledAt()), amounts);
        if (job.certificate() != null) {
            settlement.add(new Paragraph("Completion certificate issued " + job.certificate().issuedAt() + "."));
        }
    }

    private void showTimeline(JobDetails.Job job, Instant now) {
        timeline.removeAll();
        JobTimeline.of(job, now).forEach(step -> timeline.add(new ListItem(step.at() + " · " + step.what())));
    }

    private void showTree() {
        try {
            JobDetails.Tree jobTree = details.tree(jobId);
            tree.show(jobTree.mermaid());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    void cancel(UUID idempotencyKey) {
        try {
            if (showOrClear(details.cancel(jobId, cancelReason == null ? "" : cancelReason.getValue(),
                    idempotencyKey))) {
                refresh();
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    void raiseDispute(UUID idempotencyKey) {
        DisputeForm form = disputeForm;
        if (form == null) {
            return;
        }
        try {
            List<JobDetails.UserError> refusals = details.raiseDispute(jobId, form.reason(), form.evidenceUri(),
                    form.evidenceHash(), form.note(), idempotencyKey);
            form.show(refusals);
            if (showOrClear(refusals)) {
                disputeForm = null;
                refresh();
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private boolean showOrClear(List<JobDetails.UserError> refusals) {
        if (refusals.isEmpty()) {
            error.clear();
            return true;
        }
        error.show(refusals.stream().map(JobDetails.UserError::message).reduce((a, b) -> a + " " + b).orElseThrow());
        return false;
    }

    private static VerticalLayout section(String id) {
        VerticalLayout section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        return section;
    }
}
