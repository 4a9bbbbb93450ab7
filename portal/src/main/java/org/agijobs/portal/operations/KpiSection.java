package org.agijobs.portal.operations;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.layout.ErrorNotice;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The owner's KPI dashboard: the figures of the chosen period in exact decimals, as the API computes them from the
 * ledger and the audit trail, and a chart of GMV, Cost and Utility per hour or day.
 */
final class KpiSection extends VerticalLayout {

    private final OperatorKpis kpis;
    private final Clock clock;
    private final ErrorNotice error;
    private final Select<OperatorKpis.Period> period = new Select<>();
    private final UnorderedList figures = new UnorderedList();
    private final KpiChart chart = new KpiChart();

    KpiSection(OperatorKpis kpis, Clock clock, ErrorNotice error) {
        this.kpis = kpis;
        this.clock = clock;
        this.error = error;
        setPadding(false);
        setId("kpis");
        period.setId("kpi-period");
        period.setLabel("Period");
        period.setItems(OperatorKpis.Period.values());
        period.setItemLabelGenerator(OperatorKpis.Period::label);
        period.setValue(OperatorKpis.Period.LAST_24_HOURS);
        period.addValueChangeListener(change -> refresh());
        figures.setId("kpi-figures");
        chart.setId("kpi-chart");
        add(new H3("Key figures"), period, figures, chart);
    }

    void refresh() {
        OperatorKpis.Report report;
        try {
            report = kpis.over(period.getValue(), clock.instant());
        } catch (BackendException e) {
            error.show(e.getMessage());
            return;
        }
        OperatorKpis.Kpis now = report.kpis();
        figures.removeAll();
        figure("kpi-gmv", "GMV (rewards of successful settlements)", now.gmv());
        figure("kpi-cost", "Cost (validator rewards, burns, resources)", now.cost());
        figure("kpi-utility", "Utility = GMV - Cost", now.utility());
        figure("kpi-settled", "Settled jobs", now.settledCount() + " (" + now.successCount() + " accepted, "
                + now.disputedCount() + " disputed)");
        figure("kpi-acceptance", "Acceptance rate", orDash(now.acceptanceRate()));
        figure("kpi-dispute-rate", "Dispute rate", orDash(now.disputeRate()));
        figure("kpi-latency", "Creation to settlement, p50 / p95 (s)",
                orDash(now.p50SettlementSeconds()) + " / " + orDash(now.p95SettlementSeconds()));
        figure("kpi-slashed", "Slashed", now.slashed());
        figure("kpi-treasury", "Treasury balance / owner take in the period", now.treasuryBalance() + " / "
                + now.ownerTake());
        OperatorKpis.Guardrails guardrails = now.guardrails();
        figure("kpi-guardrails", "Guardrails", "pause " + guardrails.pauseLevel() + " · ledger "
                + (guardrails.ledgerHealthy() == null ? "not checked" : guardrails.ledgerHealthy() ? "healthy"
                : "NOT healthy") + " · " + (guardrails.parametersAtBound().isEmpty() ? "no parameter at a bound"
                : "at a bound: " + String.join(", ", guardrails.parametersAtBound())));
        List<OperatorKpis.Point> points = report.kpiSeries();
        chart.show(points.stream().map(point -> point.start().toString().replace(":00:00Z", "h")).toList(), List.of(
                new KpiChart.Line("GMV", points.stream().map(point -> number(point.gmv())).toList()),
                new KpiChart.Line("Cost", points.stream().map(point -> number(point.cost())).toList()),
                new KpiChart.Line("Utility", points.stream().map(point -> number(point.utility())).toList()),
                new KpiChart.Line("Settled jobs",
                        points.stream().map(point -> (double) point.settledCount()).toList())));
    }

    KpiChart chart() {
        return chart;
    }

    private void figure(String id, String label, String value) {
        Span shown = new Span(value);
        shown.setId(id);
        figures.add(new ListItem(new Span(label + ": "), shown));
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "–" : value;
    }

    /** Charts draw doubles; the exact figure is in the list above the chart. */
    private static double number(String money) {
        return new BigDecimal(money).doubleValue();
    }
}
