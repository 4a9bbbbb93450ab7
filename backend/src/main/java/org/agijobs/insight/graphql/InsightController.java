package org.agijobs.insight.graphql;

import java.math.BigDecimal;
import java.time.Instant;

import org.agijobs.insight.InsightService;
import java.util.List;

import org.agijobs.insight.KpiBucket;
import org.agijobs.insight.KpiPoint;
import org.agijobs.insight.Kpis;
import org.agijobs.platform.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;

@Controller
class InsightController {

    private final InsightService insight;

    InsightController(InsightService insight) {
        this.insight = insight;
    }

    @QueryMapping
    Kpis kpis(@Argument Instant from, @Argument Instant to, Caller caller) {
        return insight.kpis(caller, from, to);
    }

    @QueryMapping
    List<KpiPoint> kpiSeries(@Argument Instant from, @Argument Instant to, @Argument KpiBucket bucket,
            Caller caller) {
        return insight.series(caller, from, to, bucket);
    }

    @SchemaMapping(typeName = "Kpis", field = "acceptanceRate")
    @Nullable String acceptanceRate(Kpis kpis) {
        return plain(kpis.acceptanceRate());
    }

    @SchemaMapping(typeName = "Kpis", field = "disputeRate")
    @Nullable String disputeRate(Kpis kpis) {
        return plain(kpis.disputeRate());
    }

    @SchemaMapping(typeName = "Kpis", field = "p50SettlementSeconds")
    @Nullable String p50(Kpis kpis) {
        return plain(kpis.p50SettlementSeconds());
    }

    @SchemaMapping(typeName = "Kpis", field = "p95SettlementSeconds")
    @Nullable String p95(Kpis kpis) {
        return plain(kpis.p95SettlementSeconds());
    }

    /** Decimal strings never use an exponent: "0.333333", "86400", not "8.64E+4". */
    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
