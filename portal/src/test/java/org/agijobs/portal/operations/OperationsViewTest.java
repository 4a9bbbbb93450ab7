package org.agijobs.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The owners' operations page, with the backend replaced by a mock of {@link AuditTrail}. */
class OperationsViewTest {

    private final AuditTrail trail = mock(AuditTrail.class);
    private final UI ui = new UI();
    private OperationsView view;

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
        view = new OperationsView(trail);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theFiltersBecomeTheApisFilterAndBlankOnesAreLeftOut() {
        ((TextField) find("audit-type").orElseThrow()).setValue(" JobFinalized ");
        @SuppressWarnings("unchecked")
        Select<String> subject = (Select<String>) find("audit-subject-type").orElseThrow();
        subject.setValue("JOB");
        ((DateTimePicker) find("audit-from").orElseThrow()).setValue(LocalDateTime.parse("2026-12-07T10:00"));

        AuditTrail.Filter filter = section().filter();

        assertThat(filter.variables()).containsOnly(java.util.Map.entry("type", "JobFinalized"),
                java.util.Map.entry("subjectType", "JOB"), java.util.Map.entry("from", "2026-12-07T10:00:00Z"));
        subject.setValue(AuditTrailSection.ANY_SUBJECT);
        assertThat(section().filter().variables()).doesNotContainKey("subjectType");
    }

    @Test
    void aBrokenChainSaysWhereAndWhy() {
        when(trail.verify()).thenReturn(new AuditTrail.Verification(false, 41, 42, "content edited"));

        section().verify();

        assertThat(text("audit-verdict")).isEqualTo("The chain is broken at seq 42: content edited (41 events before"
                + " it hold).");
    }

    @Test
    void anIntactChainSaysHowManyEventsWereChecked() {
        when(trail.verify()).thenReturn(new AuditTrail.Verification(true, 120, null, null));

        section().verify();

        assertThat(text("audit-verdict")).startsWith("The chain holds: 120 sealed events checked");
    }

    @Test
    void theLedgersHealthIsSpelledOut() {
        when(trail.ledgerHealth()).thenReturn(new AuditTrail.Health(false, "0", true, 1, 0, true, 2,
                Instant.parse("2026-12-07T10:00:00Z")));

        view.refreshHealth();

        assertThat(text("ledger-health")).isEqualTo("NOT healthy at 2026-12-07T10:00:00Z: balances sum to 0"
                + " (balanced) · 1 negative accounts · 0 unreconciled · 2 escrow mismatches");
    }

    private AuditTrailSection section() {
        return (AuditTrailSection) find("audit-trail").orElseThrow();
    }

    private String text(String id) {
        return ((HasText) find(id).orElseThrow()).getText();
    }

    private Optional<Component> find(String id) {
        return descendants(view).filter(component -> component.getId().orElse("").equals(id)).findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(OperationsViewTest::descendants));
    }
}
