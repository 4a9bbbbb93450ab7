package org.agijobs.portal.operations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.layout.ErrorNotice;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The audit trail for owners: every recorded event in the order it was recorded, filtered by type, actor, subject
 * and time, paged lazily from the API; a row opens its JSON payload. <em>Verify the chain</em> has the backend
 * recompute every hash and link and shows where the chain first breaks. Above the grid, the newest signed
 * checkpoint of the chain's head, which outsiders keep to catch a later rewrite.
 */
final class AuditTrailSection extends VerticalLayout {

    static final String ANY_SUBJECT = "any subject";

    private final AuditTrail trail;
    private final ErrorNotice error;
    private final TextField type = new TextField("Type");
    private final TextField actor = new TextField("Actor");
    private final Select<String> subjectType = new Select<>();
    private final TextField subjectId = new TextField("Subject id");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("Before (UTC)");
    private final Grid<AuditTrail.Event> grid = new Grid<>();
    private final Paragraph verdict = new Paragraph();
    private final Paragraph checkpoint = new Paragraph();
    private CursorPager<AuditTrail.Event> pager;

    AuditTrailSection(AuditTrail trail, ErrorNotice error) {
        this.trail = trail;
        this.error = error;
        setPadding(false);
        setId("audit-trail");
        type.setId("audit-type");
        type.setPlaceholder("e.g. JobFinalized");
        actor.setId("audit-actor");
        subjectType.setId("audit-subject-type");
        subjectType.setLabel("Subject");
        subjectType.setItems(ANY_SUBJECT, "JOB", "PROPOSAL", "PARTICIPANT", "FEE_DISTRIBUTION", "MARKET");
        subjectType.setValue(ANY_SUBJECT);
        subjectId.setId("audit-subject-id");
        from.setId("audit-from");
        to.setId("audit-to");
        Button apply = new Button("Show these events", click -> reload());
        apply.setId("audit-apply");
        Button verify = new Button("Verify the chain", click -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verdict.setId("audit-verdict");
        checkpoint.setId("audit-checkpoint");
        FormLayout filters = new FormLayout(type, actor, subjectType, subjectId, from, to, apply);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        grid.setId("audit-grid");
        grid.addColumn(event -> event.seq() == null ? "sealing…" : event.seq().toString()).setHeader("Seq")
                .setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(event -> event.occurredAt().toString()).setHeader("When (UTC)").setFlexGrow(2);
        grid.addColumn(AuditTrail.Event::type).setHeader("Type").setFlexGrow(2);
        grid.addColumn(AuditTrail.Event::actor).setHeader("Actor").setFlexGrow(2);
        grid.addColumn(event -> event.subjectType() == null ? "" : event.subjectType()).setHeader("Subject");
        grid.addColumn(event -> event.hash() == null ? "" : event.hash().substring(0, 12) + "…").setHeader("Hash");
        grid.setItemDetailsRenderer(LitRenderer.<AuditTrail.Event>of(
                        "<pre style=\"white-space: pre-wrap; margin: 0\">${item.payload}</pre>")
                .withProperty("payload", AuditTrail.Event::payload));
        grid.setHeight("28rem");
        grid.setPageSize(50);
        grid.setEmptyStateText("No recorded event matches.");
        pager = new CursorPager<>((after, first) -> trail.events(filter(), after, first));
        grid.setItems(query -> rows(query.getOffset(), query.getLimit()));
        add(new H3("Audit trail"), checkpoint, filters, grid, verify, verdict);
    }

    /** Reads the list again from the first page, with the filters as they are now, and the newest checkpoint. */
    void reload() {
        pager = new CursorPager<>((after, first) -> trail.events(filter(), after, first));
        grid.getDataProvider().refreshAll();
        refreshCheckpoint();
    }

    void refreshCheckpoint() {
        try {
            checkpoint.setText(trail.latestCheckpoint()
                    .map(latest -> "Latest signed checkpoint: seq " + latest.seq() + " (hash "
                            + latest.hash().substring(0, 12) + "…), signed " + latest.issuedAt()
                            + ". GET /audit/checkpoints/latest gives its JWS to keep.")
                    .orElse("No signed checkpoint yet: the head is signed at intervals once events are sealed."));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    void verify() {
        try {
            AuditTrail.Verification result = trail.verify();
            verdict.setText(result.valid()
                    ? "The chain holds: " + result.checked() + " sealed events checked, every hash and link intact."
                    : "The chain is broken at seq " + result.firstBrokenSeq() + ": " + result.reason() + " ("
                            + result.checked() + " events before it hold).");
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    AuditTrail.Filter filter() {
        String subject = subjectType.getValue();
        return new AuditTrail.Filter(type.getValue(), actor.getValue(),
                subject == null || subject.equals(ANY_SUBJECT) ? null : subject, subjectId.getValue(),
                instant(from.getValue()), instant(to.getValue()));
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private Stream<AuditTrail.Event> rows(int offset, int limit) {
        try {
            return pager.fetch(offset, limit);
        } catch (BackendException e) {
            error.show(e.getMessage());
            return Stream.empty();
        }
    }
}
