package org.agijobs.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    private static final Instant NOW = Instant.parse("2026-12-07T12:30:00Z");

    private final AuditTrail trail = mock(AuditTrail.class);
    private final OperatorKpis kpis = mock(OperatorKpis.class);
    private final UI ui = new UI();
    private OperationsView view;

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
        view = new OperationsView(trail, kpis, mock(SignedReports.class), Clock.fixed(NOW, ZoneOffset.UTC));
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
    void theNewestSignedCheckpointIsShownWithItsSeqAndWhenItWasSigned() {
        when(trail.latestCheckpoint()).thenReturn(Optional.of(new AuditTrail.Checkpoint(57, "ab".repeat(32),
                NOW.minusSeconds(40), NOW.minusSeconds(10), "eyJ.e30.sig")));

        section().refreshCheckpoint();

        assertThat(text("audit-checkpoint")).isEqualTo("Latest signed checkpoint: seq 57 (hash abababababab…), signed"
                + " 2026-12-07T12:29:50Z. GET /audit/checkpoints/latest gives its JWS to keep.");
    }

    @Test
    void beforeTheFirstCheckpointTheSectionSaysSo() {
        when(trail.latestCheckpoint()).thenReturn(Optional.empty());

        section().refreshCheckpoint();

        assertThat(text("audit-checkpoint")).startsWith("No signed checkpoint yet");
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

    @Test
    void theKpisOfTheLast24HoursAreListedExactlyAndChartedPerHour() {
        OperatorKpis.Kpis figures = new OperatorKpis.Kpis("1000", "160.499999999999999996",
                "839.500000000000000004", 3, 1, 1, "0.333333", "0.333333", "62.5", "180.25", "15002", "7501",
                "7501", new OperatorKpis.Guardrails("NONE", true, List.of()));
        when(kpis.over(OperatorKpis.Period.LAST_24_HOURS, NOW)).thenReturn(new OperatorKpis.Report(figures, List.of(
                new OperatorKpis.Point(Instant.parse("2026-12-07T11:00:00Z"), "0", "0", "0", 0),
                new OperatorKpis.Point(Instant.parse("2026-12-07T12:00:00Z"), "1000", "160.5", "839.5", 3))));

        kpiSection().refresh();

        assertThat(text("kpi-utility")).isEqualTo("839.500000000000000004");
        assertThat(text("kpi-settled")).isEqualTo("3 (1 accepted, 1 disputed)");
        assertThat(text("kpi-guardrails")).isEqualTo("pause NONE · ledger healthy · no parameter at a bound");
        assertThat(kpiSection().chart().option()).contains("\"2026-12-07T12h\"")
                .contains("{\"name\":\"Utility\",\"type\":\"line\",\"data\":[0.0,839.5]}");
    }

    @Test
    void anOwnerChoosingAnotherPeriodSeesItsFigures() {
        OperatorKpis.Kpis empty = new OperatorKpis.Kpis("0", "0", "0", 0, 0, 0, null, null, null, null, "0", "0",
                "0", new OperatorKpis.Guardrails("INTAKE", true, List.of("FEE_PCT")));
        when(kpis.over(OperatorKpis.Period.LAST_7_DAYS, NOW)).thenReturn(new OperatorKpis.Report(empty, List.of()));
        @SuppressWarnings("unchecked")
        Select<OperatorKpis.Period> period = (Select<OperatorKpis.Period>) find("kpi-period").orElseThrow();

        period.setValue(OperatorKpis.Period.LAST_7_DAYS);

        assertThat(text("kpi-acceptance")).isEqualTo("–");
        assertThat(text("kpi-guardrails")).isEqualTo("pause INTAKE · ledger healthy · at a bound: FEE_PCT");
    }

    @Test
    void theSignedReportIsOfferedForDownload() {
        assertThat(find("report-download")).get().extracting(component -> ((HasText) component).getText())
                .isEqualTo("Download the signed report.json (last 30 days)");
    }

    private KpiSection kpiSection() {
        return (KpiSection) find("kpis").orElseThrow();
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
