package org.agijobs.portal.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.portal.backend.BackendClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The market's KPIs over a period and their series, read through the public API with the owner's token. */
@Service
public class OperatorKpis {

    private final BackendClient backend;

    OperatorKpis(BackendClient backend) {
        this.backend = backend;
    }

    /** The periods an owner picks from, each with the width of its chart's points. */
    public enum Period {
        LAST_24_HOURS("Last 24 hours", Duration.ofHours(24), "HOUR"),
        LAST_7_DAYS("Last 7 days", Duration.ofDays(7), "DAY"),
        LAST_30_DAYS("Last 30 days", Duration.ofDays(30), "DAY");

        private final String label;
        private final Duration length;
        private final String bucket;

        Period(String label, Duration length, String bucket) {
            this.label = label;
            this.length = length;
            this.bucket = bucket;
        }

        public String label() {
            return label;
        }
    }

    public record Guardrails(String pauseLevel, @Nullable Boolean ledgerHealthy, List<String> parametersAtBound) {
    }

    public record Kpis(String gmv, String cost, String utility, int settledCount, int successCount,
                       int disputedCount, @Nullable String acceptanceRate, @Nullable String disputeRate,
                       @Nullable String p50SettlementSeconds, @Nullable String p95SettlementSeconds, String slashed,
                       String treasuryBalance, String ownerTake, Guardrails guardrails) {
    }

    public record Point(Instant start, String gmv, String cost, String utility, int settledCount) {
    }

    public record Report(Kpis kpis, List<Point> kpiSeries) {
    }

    /** The period that ends now. */
    public Report over(Period period, Instant now) {
        Map<String, Object> variables = Map.of("from", now.minus(period.length).toString(), "to", now.toString(),
                "bucket", period.bucket);
        return backend.execute("operatorKpis", variables, "", Report.class);
    }
}
