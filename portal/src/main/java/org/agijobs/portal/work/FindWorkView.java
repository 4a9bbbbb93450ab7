package org.agijobs.portal.work;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;
import org.agijobs.portal.work.AgentDesk.Assignment;
import org.agijobs.portal.work.AgentDesk.OpenJob;
import org.agijobs.portal.work.AgentDesk.Result;
import org.agijobs.portal.work.AgentDesk.UserError;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * An agent's work: the board of open jobs it could take (paged lazily along the API's cursors) with its place
 * for each, applying, its assignments with the delivery deadline counting down and the form that delivers a
 * result, its agent stake, and its agent score with the latest changes. Changes arrive from
 * the {@code matchingJobEvents} (the board) and {@code myJobEvents} (the assignments) subscriptions through push;
 * they only mark what is stale, and
 * the once-a-second UI poll reads it again, so that every backend call runs on a request thread, as the token
 * refresh needs.
 */
@Route(value = "find-work", layout = MainLayout.class)
@PageTitle("Find work")
@RolesAllowed(Roles.AGENT)
public class FindWorkView extends VerticalLayout {

    static final int TICK_MILLIS = 1000;

    private final AgentDesk desk;
    private final AgentStake stake;
    private final Clock clock;

    private final ErrorNotice error = new ErrorNotice("work-error");
    private final Paragraph agentLine = new Paragraph();
    private final Paragraph termsText = new Paragraph();
    private final Button acceptTerms = new Button("Accept the terms");
    private final JobBoard board;
    private final Paragraph noAssignments = new Paragraph("You have no assignment to deliver.");
    private final Div assignments = new Div();
    private final Map<String, AssignmentCard> cards = new LinkedHashMap<>();
    private final StakePanel stakePanel = new StakePanel();
    private final Paragraph score = new Paragraph();
    private final Grid<AgentStake.Change> scoreChanges = new Grid<>();

    private @Nullable String agentId;
    private int termsVersion;
    private boolean boardStale;
    private boolean assignmentsStale;
    private @Nullable Disposable assignmentEvents;
    private @Nullable Disposable boardEvents;
    private @Nullable Registration poll;

    public FindWorkView(AgentDesk desk, AgentStake stake, Clock clock) {
        this.desk = desk;
        this.stake = stake;
        this.clock = clock;
        this.board = new JobBoard(desk::matchingJobs);
        board.addApplyListener(event -> apply(event.job(), UUID.randomUUID()));
        board.addFailureListener(event -> error.show(event.message()));
        setWidthFull();
        agentLine.setId("agent-line");
        noAssignments.setId("no-assignments");
        assignments.setId("assignment-list");
        assignments.setWidthFull();
        termsText.setId("terms-status");
        acceptTerms.setId("accept-terms");
        acceptTerms.addClickListener(click -> acceptTerms());
        add(new ViewTitle("Find work"), error, agentLine, termsText, acceptTerms, new H3("Open jobs you could take"),
                new Paragraph("Jobs that admit your kind of agent and whose required skills you all have, newest "
                        + "first. \u201cYour place\u201d is where the employer's ranking puts you among the agents "
                        + "who could take the job now; the first eligible agent to apply is assigned."),
                board, new H3("My assignments"), noAssignments, assignments, new H3("My stake"),
                stakePanel, new H3("My reputation"), score, configureScoreChanges());
        stakePanel.addStakeListener(event -> stakeStep(event.step(), event.value(), UUID.randomUUID()));
    }

    /** The latest changes only (the API's history is a short list, not a connection), newest first. */
    private Grid<AgentStake.Change> configureScoreChanges() {
        score.setId("agent-score");
        scoreChanges.setId("score-changes");
        scoreChanges.setWidthFull();
        scoreChanges.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        scoreChanges.addColumn(change -> change.job().title()).setHeader("Job").setFlexGrow(3);
        scoreChanges.addColumn(change -> (change.delta() > 0 ? "+" : "") + change.delta()).setHeader("Change")
                .setTextAlign(ColumnTextAlign.END);
        scoreChanges.addColumn(AgentStake.Change::scoreAfter).setHeader("Score after")
                .setTextAlign(ColumnTextAlign.END);
        scoreChanges.addColumn(AgentStake.Change::reason).setHeader("Why").setFlexGrow(2);
        scoreChanges.addColumn(change -> isoMinutes(change.at())).setHeader("When (UTC)").setFlexGrow(2);
        scoreChanges.setAllRowsVisible(true);
        scoreChanges.setEmptyStateText("No job has scored you yet.");
        return scoreChanges;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
        startEvents(event.getUI());
        event.getUI().setPollInterval(TICK_MILLIS);
        poll = event.getUI().addPollListener(tick -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (assignmentEvents != null) {
            assignmentEvents.dispose();
            assignmentEvents = null;
        }
        if (boardEvents != null) {
            boardEvents.dispose();
            boardEvents = null;
        }
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** Reads everything again: who the agent is, its terms, the board from its first page, assignments, stake, score. */
    void refresh() {
        try {
            AgentDesk.Agent me = desk.me();
            agentId = me.id();
            agentLine.setText("Signed in as " + me.handle() + " · skills: "
                    + (me.skills().isEmpty() ? "none declared" : String.join(", ", me.skills())));
            showTerms(desk.terms());
            reloadBoard();
            reloadAssignments();
            reloadStake();
            AgentStake.Reputation reputation = stake.reputation(me.id());
            score.setText("Agent score " + reputation.score() + " of 88,888.");
            scoreChanges.setItems(reputation.changes());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void showTerms(AgentDesk.Terms terms) {
        termsVersion = terms.currentTermsVersion();
        termsText.setText(terms.accepted() ? "You accepted the terms (version " + termsVersion + ")."
                : "Staking and applying need the current terms (version " + termsVersion + "): accept them first.");
        acceptTerms.setVisible(!terms.accepted());
    }

    void acceptTerms() {
        try {
            List<UserError> refusals = desk.acceptTerms(termsVersion);
            if (refusals.isEmpty()) {
                error.clear();
            } else {
                error.show(messages(refusals));
            }
            showTerms(desk.terms());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    /** Once a second: the countdowns, and whatever the live feed marked stale. */
    void tick() {
        try {
            if (boardStale) {
                boardStale = false;
                reloadBoard();
            }
            if (assignmentsStale) {
                assignmentsStale = false;
                reloadAssignments();
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        Instant now = clock.instant();
        cards.values().forEach(card -> card.tick(now));
        stakePanel.tick(now);
    }

    void stakeStep(StakePanel.Step step, String value, UUID idempotencyKey) {
        try {
            List<AgentStake.UserError> refusals = switch (step) {
                case DEPOSIT -> stake.deposit(value, idempotencyKey);
                case REQUEST_WITHDRAWAL -> stake.requestWithdrawal(value, idempotencyKey);
                case FINALIZE -> stake.finalizeWithdrawal(value, idempotencyKey);
            };
            if (refusals.isEmpty()) {
                error.clear();
                stakePanel.done(step);
                Notification.show(switch (step) {
                    case DEPOSIT -> "Deposited into your agent stake.";
                    case REQUEST_WITHDRAWAL -> "Unbonding started; finalize it once it is available.";
                    case FINALIZE -> "Paid out to your wallet.";
                });
                reloadStake();
                // The stake decides eligibility and standing on the board.
                reloadBoard();
                return;
            }
            List<AgentStake.UserError> elsewhere = stakePanel.showErrors(step, refusals);
            if (elsewhere.isEmpty()) {
                error.clear();
            } else {
                error.show(elsewhere.stream().map(AgentStake.UserError::message).collect(Collectors.joining(" ")));
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void reloadStake() {
        stakePanel.show(stake.agentStake(), clock.instant());
    }

    void apply(OpenJob job, UUID idempotencyKey) {
        try {
            List<UserError> refusals = desk.apply(job.id(), idempotencyKey);
            if (refusals.isEmpty()) {
                error.clear();
                Notification.show("You are assigned to \u201c" + job.title() + "\u201d; your job stake is locked.");
                reloadBoard();
                reloadAssignments();
            } else {
                error.show("Could not apply for \u201c" + job.title() + "\u201d: " + messages(refusals));
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    void submit(AssignmentCard card, Result result, UUID idempotencyKey) {
        try {
            List<UserError> refusals = desk.submit(card.assignment().id(), result, idempotencyKey);
            if (refusals.isEmpty()) {
                error.clear();
                Notification.show("Result delivered for \u201c" + card.assignment().title()
                        + "\u201d; validation starts now.");
                reloadAssignments();
                return;
            }
            List<UserError> elsewhere = card.showErrors(refusals);
            if (elsewhere.isEmpty()) {
                error.clear();
            } else {
                error.show(messages(elsewhere));
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            card.enableSubmit();
        }
    }

    void postSubJob(AssignmentCard card, AgentDesk.SubJob subJob, UUID idempotencyKey) {
        SubJobForm form = card.subJobForm();
        try {
            List<UserError> refusals = desk.postSubJob(card.assignment().id(), subJob, idempotencyKey);
            if (refusals.isEmpty()) {
                error.clear();
                form.posted();
                Notification.show("Sub-job \u201c" + subJob.title() + "\u201d posted; its reward is held in escrow"
                        + " from your wallet.");
                return;
            }
            List<UserError> elsewhere = form.showErrors(refusals);
            if (elsewhere.isEmpty()) {
                error.clear();
            } else {
                error.show(messages(elsewhere));
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            form.enablePost();
        }
    }

    private void reloadBoard() {
        board.reload();
    }

    /** Assignments are few (the active-job limit bounds them), so every page is read and each shown as a card. */
    private void reloadAssignments() {
        String agent = agentId;
        if (agent == null) {
            return;
        }
        List<Assignment> current = new CursorPager<Assignment>((after, first) -> desk.assignments(agent, after, first))
                .all();
        Map<String, Assignment> byId = current.stream()
                .collect(Collectors.toMap(Assignment::id, a -> a, (a, b) -> a, LinkedHashMap::new));
        cards.keySet().removeIf(id -> {
            if (byId.containsKey(id)) {
                return false;
            }
            assignments.remove(cards.get(id));
            return true;
        });
        Instant now = clock.instant();
        byId.values().forEach(assignment -> {
            AssignmentCard card = cards.get(assignment.id());
            if (card == null) {
                card = new AssignmentCard(assignment);
                card.addSubmitListener(submitted -> submit(submitted.getSource(), submitted.result(),
                        UUID.randomUUID()));
                card.addSubJobListener(posted -> postSubJob(posted.getSource(), posted.subJob(),
                        UUID.randomUUID()));
                cards.put(assignment.id(), card);
                assignments.add(card);
            } else {
                card.show(assignment);
            }
            card.tick(now);
        });
        noAssignments.setVisible(cards.isEmpty());
    }

    private void startEvents(UI ui) {
        try {
            assignmentEvents = desk.events().subscribe(event -> update(ui, () -> changed(event)),
                    failure -> update(ui, () -> feedStopped(failure)));
            boardEvents = desk.boardEvents().subscribe(event -> update(ui, () -> boardChanged(event)),
                    failure -> update(ui, () -> feedStopped(failure)));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void feedStopped(Throwable failure) {
        error.show(failure instanceof BackendException known ? known.getMessage()
                : "The live feed of your jobs stopped; reload the page to see changes.");
    }

    /** A job that fits the agent was posted, taken or withdrawn. */
    void boardChanged(AgentDesk.Event event) {
        boardStale = true;
    }

    /** An assignment leaves the board and enters "My assignments"; a delivery or an expiry leaves both. */
    void changed(AgentDesk.Event event) {
        boardStale = true;
        assignmentsStale = true;
    }

    /** Events arrive on a WebSocket thread; the UI may only be touched under its lock. */
    private static void update(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException closedMeanwhile) {
            // The view is going away; onDetach ends the subscription.
        }
    }

    private static String messages(List<UserError> errors) {
        return errors.stream().map(UserError::message).collect(Collectors.joining(" "));
    }

    private static String isoMinutes(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
