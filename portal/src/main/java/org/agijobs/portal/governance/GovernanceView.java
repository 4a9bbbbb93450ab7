package org.agijobs.portal.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.governance.GovernanceDesk.Console;
import org.agijobs.portal.governance.GovernanceDesk.Council;
import org.agijobs.portal.governance.GovernanceDesk.Member;
import org.agijobs.portal.governance.GovernanceDesk.Parameter;
import org.agijobs.portal.governance.GovernanceDesk.ParticipantRef;
import org.agijobs.portal.governance.GovernanceDesk.Payload;
import org.agijobs.portal.governance.GovernanceDesk.Proposal;
import org.agijobs.portal.governance.GovernanceDesk.UserError;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.CurrentUser;
import org.agijobs.portal.security.Roles;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.grid.Grid;
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
 * The owners' console: proposals live from the {@code governanceEvents} subscription (through push), their eta
 * counting down once a second (a UI poll, which also runs every backend call on a request thread, as the token
 * refresh needs), the proposal form, the council, the treasury, the parameters and the blacklist.
 */
@Route(value = "governance", layout = MainLayout.class)
@PageTitle("Governance")
@RolesAllowed(Roles.OWNER)
public class GovernanceView extends VerticalLayout {

    static final int TICK_MILLIS = 1000;

    private final GovernanceDesk desk;
    private final String member;
    private final Clock clock;

    private final ErrorNotice error = new ErrorNotice("governance-error");
    private final Paragraph noProposals = new Paragraph("No proposal yet.");
    private final Div proposals = new Div();
    private final ProposalForm form = new ProposalForm();
    private final ProposalDialog dialog = new ProposalDialog();
    private final Paragraph councilSummary = new Paragraph();
    private final Grid<Member> councilMembers = new Grid<>();
    private final Paragraph treasury = new Paragraph();
    private final Grid<Parameter> parameters = new Grid<>();
    private final Grid<ParticipantRef> blacklist = new Grid<>();
    private final Map<String, ProposalCard> cards = new LinkedHashMap<>();

    private @Nullable Council council;
    /** Set when a proposal executed: its effects (parameters, council, ...) are read again at the next tick. */
    private boolean consoleStale;
    private @Nullable Disposable events;
    private @Nullable Registration poll;

    public GovernanceView(GovernanceDesk desk, CurrentUser currentUser, Clock clock) {
        this.desk = desk;
        this.member = currentUser.subject();
        this.clock = clock;
        noProposals.setId("no-proposals");
        proposals.setId("proposal-list");
        form.addProposeListener(event -> propose(event.reason(), event.actions()));
        add(new ViewTitle("Governance"), error, new H3("Proposals"), noProposals, proposals, form,
                new H3("Council"), configureCouncil(), new H3("Treasury"), configureTreasury(),
                new H3("Parameters"), configureParameters(), new H3("Blacklist"), configureBlacklist());
    }

    private VerticalLayout configureCouncil() {
        councilSummary.setId("council-summary");
        councilMembers.setId("council-members");
        councilMembers.addColumn(Member::username).setHeader("Member");
        councilMembers.addColumn(Member::subject).setHeader("Subject").setFlexGrow(2);
        councilMembers.addColumn(m -> isoSeconds(m.since())).setHeader("Since");
        councilMembers.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(councilSummary, councilMembers);
        section.setPadding(false);
        return section;
    }

    private Paragraph configureTreasury() {
        treasury.setId("treasury-balance");
        return treasury;
    }

    private Grid<Parameter> configureParameters() {
        parameters.setId("parameters-grid");
        parameters.addColumn(Parameter::name).setHeader("Name").setAutoWidth(true);
        parameters.addColumn(Parameter::description).setHeader("Description").setFlexGrow(3);
        parameters.addColumn(Parameter::value).setHeader("Value");
        parameters.addColumn(Parameter::defaultValue).setHeader("Default");
        parameters.addColumn(p -> p.min() + " to " + p.max()).setHeader("Bounds");
        parameters.addColumn(GovernanceView::lastChange).setHeader("Last change").setFlexGrow(2);
        parameters.setAllRowsVisible(true);
        return parameters;
    }

    private Grid<ParticipantRef> configureBlacklist() {
        blacklist.setId("blacklist-grid");
        blacklist.addColumn(ParticipantRef::handle).setHeader("Handle");
        blacklist.addColumn(p -> p.displayName() == null ? "" : p.displayName()).setHeader("Name");
        blacklist.addColumn(p -> p.id() == null ? "" : p.id()).setHeader("Id").setFlexGrow(2);
        blacklist.setAllRowsVisible(true);
        blacklist.setEmptyStateText("Nobody is blacklisted.");
        return blacklist;
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
        if (events != null) {
            events.dispose();
            events = null;
        }
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** Reads the whole console again; proposals keep their place, newest first. */
    void refresh() {
        try {
            Console console = desk.console();
            council = console.council();
            councilSummary.setText(council.threshold() + " of " + council.members().size()
                    + " members must approve · timelock " + council.timelockDelay() + " (floor "
                    + council.timelockFloor() + ")" + (council.seats(member) ? " · you are on the council"
                    : " · you are not on the council"));
            councilMembers.setItems(council.members());
            treasury.setText("The treasury holds " + console.treasuryBalance() + " AGIALPHA.");
            parameters.setItems(console.parameters());
            blacklist.setItems(console.blacklist());
            form.use(console);
            proposals.removeAll();
            cards.clear();
            console.proposalList().reversed().forEach(this::show);
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    /** Once a second: the countdowns, the steps an eta opened, and a console that an execution made stale. */
    void tick() {
        if (consoleStale) {
            consoleStale = false;
            refresh();
        }
        Instant now = clock.instant();
        cards.values().forEach(card -> card.tick(steps(card.proposal(), now), now));
    }

    /** A proposal as it is now: a new one goes on top, a known one is redrawn in place. */
    void show(Proposal proposal) {
        ProposalCard card = cards.get(proposal.id());
        if (card == null) {
            card = new ProposalCard(proposal);
            card.addStepListener(event -> step(event.getSource().proposal(), event.step()));
            cards.put(proposal.id(), card);
            proposals.addComponentAsFirst(card);
        }
        Instant now = clock.instant();
        card.show(proposal, steps(proposal, now), now);
        noProposals.setVisible(cards.isEmpty());
        if (dialog.isOpened() && dialog.proposalId().equals(proposal.id())) {
            dialog.show(proposal);
        }
        if ("EXECUTED".equals(proposal.state())) {
            consoleStale = true;
        }
    }

    private ProposalSteps steps(Proposal proposal, Instant now) {
        return ProposalSteps.of(proposal, member, council != null && council.seats(member), now);
    }

    private void step(Proposal proposal, ProposalCard.Step step) {
        switch (step) {
            case APPROVE -> send(() -> desk.approve(proposal.id()), "Approved.");
            case EXECUTE -> send(() -> desk.execute(proposal.id()), "Executed.");
            case CANCEL -> send(() -> desk.cancel(proposal.id(), ""), "Cancelled.");
            case DETAILS -> {
                dialog.show(proposal);
                dialog.open();
            }
        }
    }

    private void send(Supplier<Payload> call, String done) {
        try {
            Payload payload = call.get();
            if (payload.userErrors().isEmpty()) {
                error.clear();
                if (payload.proposal() != null) {
                    show(payload.proposal());
                }
                Notification.show(done);
            } else {
                error.show(messages(payload.userErrors()));
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void propose(String reason, List<Map<String, Object>> actions) {
        try {
            Payload payload = desk.propose(reason, actions);
            if (payload.userErrors().isEmpty()) {
                error.clear();
                form.reset();
                if (payload.proposal() != null) {
                    show(payload.proposal());
                }
                Notification.show("Proposed; your proposal counts as your approval.");
                return;
            }
            List<UserError> elsewhere = form.showErrors(payload.userErrors());
            if (elsewhere.isEmpty()) {
                error.clear();
            } else {
                error.show(messages(elsewhere));
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void startEvents(UI ui) {
        try {
            events = desk.events().subscribe(
                    event -> update(ui, () -> {
                        if (event.proposal() != null) {
                            show(event.proposal());
                        }
                    }),
                    failure -> update(ui, () -> error.show(failure instanceof BackendException known
                            ? known.getMessage() : "The live governance feed stopped.")));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    /** Events arrive on a WebSocket thread; the UI may only be touched under its lock, and is pushed at once. */
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

    private static String lastChange(Parameter parameter) {
        if (parameter.lastChange() == null) {
            return "never changed";
        }
        GovernanceDesk.ProposalRef proposal = parameter.lastChange().proposal();
        return isoSeconds(parameter.lastChange().at()) + (proposal == null ? "" : " by \u201c" + proposal.reason() + "\u201d");
    }

    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
