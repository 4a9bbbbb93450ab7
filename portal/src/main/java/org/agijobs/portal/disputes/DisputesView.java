package org.agijobs.portal.disputes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The moderation queue: each open dispute with its evidence, and a written ruling that settles the job. */
@Route(value = "disputes", layout = MainLayout.class)
@PageTitle("Disputes")
@RolesAllowed(Roles.MODERATOR)
public class DisputesView extends VerticalLayout {

    private static final int REASON_MAX_LENGTH = 2000;

    private final DisputeQueue queue;

    private final ErrorNotice error = new ErrorNotice("disputes-error");
    private final Paragraph empty = new Paragraph("No dispute is waiting for a ruling.");
    private final VerticalLayout disputes = new VerticalLayout();

    public DisputesView(DisputeQueue queue) {
        this.queue = queue;
        empty.setId("no-disputes");
        disputes.setId("open-disputes");
        disputes.setPadding(false);
        add(new ViewTitle("Disputes"), error, empty, disputes);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    void refresh() {
        try {
            List<DisputeQueue.Dispute> open = queue.open();
            disputes.removeAll();
            open.forEach(dispute -> disputes.add(card(dispute)));
            empty.setVisible(open.isEmpty());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private VerticalLayout card(DisputeQueue.Dispute dispute) {
        Paragraph facts = new Paragraph(dispute.kind() + " · opened " + isoSeconds(dispute.openedAt())
                + " · owners may rule from " + isoSeconds(dispute.staleAt()));
        facts.addClassName("dispute-facts");
        VerticalLayout card = new VerticalLayout(new H3(dispute.job().title()), facts);
        if (dispute.raisedBy() != null) {
            Paragraph raised = new Paragraph("Raised by " + dispute.raisedBy().handle() + ": " + dispute.reason());
            raised.addClassName("dispute-reason");
            card.add(raised);
        }
        card.add(evidence(dispute.evidence()), rulingForm(dispute));
        card.addClassName("open-dispute");
        card.getElement().setAttribute("data-job-id", dispute.job().id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return card;
    }

    private static Grid<DisputeQueue.Evidence> evidence(List<DisputeQueue.Evidence> evidence) {
        Grid<DisputeQueue.Evidence> grid = new Grid<>();
        grid.addClassName("dispute-evidence");
        grid.addColumn(DisputeQueue.Evidence::role).setHeader("Role");
        grid.addColumn(item -> item.author().handle()).setHeader("By");
        grid.addColumn(DisputeQueue.Evidence::uri).setHeader("Document").setFlexGrow(3);
        grid.addColumn(DisputeQueue.Evidence::hash).setHeader("SHA-256").setFlexGrow(3);
        grid.addColumn(item -> item.note() == null ? "" : item.note()).setHeader("Note").setFlexGrow(2);
        grid.addColumn(item -> isoSeconds(item.addedAt())).setHeader("Added");
        grid.setItems(evidence);
        grid.setAllRowsVisible(true);
        grid.setVisible(!evidence.isEmpty());
        return grid;
    }

    private VerticalLayout rulingForm(DisputeQueue.Dispute dispute) {
        TextArea reason = new TextArea("Written reason for your ruling");
        reason.addClassName("ruling-reason");
        reason.setRequired(true);
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button agentWins = rulingButton("Agent wins", "agent-wins", dispute, DisputeQueue.Ruling.AGENT_WINS, reason);
        agentWins.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button employerWins =
                rulingButton("Employer wins", "employer-wins", dispute, DisputeQueue.Ruling.EMPLOYER_WINS, reason);
        VerticalLayout form = new VerticalLayout(reason, new HorizontalLayout(agentWins, employerWins));
        form.setPadding(false);
        return form;
    }

    private Button rulingButton(String text, String className, DisputeQueue.Dispute dispute,
                                DisputeQueue.Ruling ruling, TextArea reason) {
        Button button = new Button(text);
        button.addClassName(className);
        button.setDisableOnClick(true);
        // A new key per press: a double click replays the first ruling instead of ruling twice.
        button.addClickListener(click -> rule(dispute, ruling, reason, button, UUID.randomUUID()));
        return button;
    }

    private void rule(DisputeQueue.Dispute dispute, DisputeQueue.Ruling ruling, TextArea reason, Button button,
                      UUID idempotencyKey) {
        try {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("A ruling needs a written reason.");
                return;
            }
            List<DisputeQueue.UserError> userErrors =
                    queue.resolve(dispute.job().id(), ruling, reason.getValue().strip(), idempotencyKey);
            if (userErrors.isEmpty()) {
                error.clear();
                Notification.show("Ruled " + ruling + " on \u201c" + dispute.job().title() + "\u201d; the job is settled.");
                refresh();
            } else {
                error.show(userErrors.stream().map(DisputeQueue.UserError::message)
                        .reduce((a, b) -> a + " " + b).orElseThrow());
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            button.setEnabled(true);
        }
    }

    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
