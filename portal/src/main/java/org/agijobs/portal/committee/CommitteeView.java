package org.agijobs.portal.committee;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.governance.Countdown;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * A validator's committee seats: commit a sealed vote, later reveal it. Approve and Reject have no server-side
 * listener on purpose: their clicks are handled by {@link BrowserVote}'s scripts, so that the server learns the
 * vote only at the reveal.
 */
@Route(value = "committee", layout = MainLayout.class)
@PageTitle("Committee duty")
@RolesAllowed(Roles.VALIDATOR)
public class CommitteeView extends VerticalLayout {

    static final String COMMIT = "COMMIT";
    static final String REVEAL = "REVEAL";

    static final int TICK_MILLIS = 1000;

    private final CommitteeDuty duty;
    private final Clock clock;
    private final Map<Paragraph, CommitteeDuty.Assignment> countdowns = new LinkedHashMap<>();
    private @Nullable Registration poll;

    private final ErrorNotice error = new ErrorNotice("committee-error");
    private final Paragraph empty = new Paragraph("You sit on no committee that is still voting.");
    private final VerticalLayout assignments = new VerticalLayout();
    private String validatorId = "";

    public CommitteeView(CommitteeDuty duty, Clock clock) {
        this.duty = duty;
        this.clock = clock;
        Paragraph howItWorks = new Paragraph("Your vote is sealed in this browser: it keeps your choice and its "
                + "secret salt, and sends only their hash. Reveal from the same browser once the reveal window opens.");
        howItWorks.setId("committee-explanation");
        empty.setId("no-assignments");
        assignments.setId("committee-assignments");
        assignments.setPadding(false);
        add(new ViewTitle("Committee duty"), error, howItWorks, empty, assignments);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
        event.getUI().setPollInterval(TICK_MILLIS);
        poll = event.getUI().addPollListener(tick -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /**
     * Once a second: the windows count down, and a window that closes reads the seats again, so the reveal button
     * appears when the reveal window opens without a reload.
     */
    void tick() {
        Instant now = clock.instant();
        if (countdowns.values().stream().anyMatch(seat -> windowClosed(seat, now))) {
            refresh();
            return;
        }
        countdowns.forEach((paragraph, seat) -> paragraph.setText(countdown(seat, now)));
    }

    static boolean windowClosed(CommitteeDuty.Assignment seat, Instant now) {
        return COMMIT.equals(seat.phase()) && !now.isBefore(seat.commitEndsAt())
                || REVEAL.equals(seat.phase()) && !now.isBefore(seat.revealEndsAt());
    }

    /** What the seat's open window has left, e.g. {@code Commit window closes in 1 min 05 s}. */
    static String countdown(CommitteeDuty.Assignment seat, Instant now) {
        if (COMMIT.equals(seat.phase())) {
            return "Commit window closes " + Countdown.until(seat.commitEndsAt(), now);
        }
        if (REVEAL.equals(seat.phase())) {
            return "Reveal window closes " + Countdown.until(seat.revealEndsAt(), now);
        }
        return "Voting is over; the tally follows.";
    }

    void refresh() {
        try {
            CommitteeDuty.Assignments current = duty.assignments();
            validatorId = current.validatorId();
            show(current.myCommitteeAssignments());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void show(List<CommitteeDuty.Assignment> seats) {
        assignments.removeAll();
        countdowns.clear();
        seats.forEach(seat -> assignments.add(card(seat)));
        empty.setVisible(seats.isEmpty());
    }

    private VerticalLayout card(CommitteeDuty.Assignment seat) {
        var member = seat.seatOf(validatorId);
        boolean committed = member.map(CommitteeDuty.Member::committed).orElse(false);
        boolean revealed = member.map(CommitteeDuty.Member::revealed).orElse(false);

        Paragraph windows = new Paragraph("Phase " + seat.phase() + " · commits until "
                + isoSeconds(seat.commitEndsAt()) + " · reveals until " + isoSeconds(seat.revealEndsAt()));
        windows.addClassName("assignment-windows");
        Paragraph status = new Paragraph(revealed ? "You committed and revealed your vote."
                : committed ? "You committed a vote; it is not revealed yet." : "You have not committed a vote.");
        status.addClassName("assignment-status");
        Paragraph countdown = new Paragraph(countdown(seat, clock.instant()));
        countdown.addClassName("assignment-countdown");
        countdowns.put(countdown, seat);

        HorizontalLayout actions = new HorizontalLayout();
        if (COMMIT.equals(seat.phase()) && !committed) {
            actions.add(commitButton(seat, true), commitButton(seat, false));
        }
        if (REVEAL.equals(seat.phase()) && committed && !revealed) {
            actions.add(revealButton(seat, member.get().commitHash()));
        }

        VerticalLayout card = new VerticalLayout(new H3(seat.job().title()), windows, countdown, status, actions);
        card.addClassName("committee-assignment");
        card.getElement().setAttribute("data-job-id", seat.job().id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return card;
    }

    private Button commitButton(CommitteeDuty.Assignment seat, boolean approve) {
        Button button = new Button(approve ? "Approve" : "Reject");
        button.addClassName(approve ? "approve-vote" : "reject-vote");
        button.addThemeVariants(approve ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        getElement().executeJs(BrowserVote.COMMIT_ON_CLICK, button.getElement(), seat.job().id(), validatorId,
                approve);
        return button;
    }

    private Button revealButton(CommitteeDuty.Assignment seat, String commitHash) {
        Button button = new Button("Reveal");
        button.addClassName("reveal-vote");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getElement().executeJs(BrowserVote.REVEAL_ON_CLICK, button.getElement(), seat.job().id(), validatorId,
                commitHash == null ? "" : commitHash);
        return button;
    }

    /** Called by the browser with the hash of the vote it keeps; the vote itself stays there. */
    @ClientCallable
    void commit(String jobId, String commitHash) {
        // A key per commit the browser computed: each carries a fresh salt, so there is nothing to replay.
        if (showOrClear(() -> duty.commit(jobId, commitHash, UUID.randomUUID()))) {
            Notification.show("Vote committed. Come back to reveal it once the reveal window opens.");
        }
        refresh();
    }

    /** Called by the browser in the reveal window with the vote and salt it kept since the commit. */
    @ClientCallable
    void reveal(String jobId, boolean approve, String salt) {
        if (showOrClear(() -> duty.reveal(jobId, approve, salt, UUID.randomUUID()))) {
            getElement().executeJs(BrowserVote.FORGET, jobId, validatorId);
            Notification.show("Vote revealed.");
        }
        refresh();
    }

    @ClientCallable
    void voteNotInThisBrowser(String jobId) {
        error.show("This browser does not hold the vote you committed, so it cannot be revealed from here. "
                + "Reveal from the browser you committed with.");
    }

    @ClientCallable
    void browserFailed(String reason) {
        error.show("Your browser could not seal the vote (" + reason + "). Nothing was sent.");
    }

    private interface VoteCall {
        List<CommitteeDuty.UserError> run();
    }

    /** Shows the backend's refusals as they are, e.g. a reveal after the window closed; true when there were none. */
    private boolean showOrClear(VoteCall call) {
        try {
            List<CommitteeDuty.UserError> userErrors = call.run();
            if (userErrors.isEmpty()) {
                error.clear();
                return true;
            }
            error.show(userErrors.stream().map(CommitteeDuty.UserError::message)
                    .reduce((a, b) -> a + " " + b).orElseThrow());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        return false;
    }

    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
