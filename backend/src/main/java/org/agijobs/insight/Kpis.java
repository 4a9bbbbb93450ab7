package org.agijobs.insight;

import java.math.BigDecimal;
import java.time.Instant;

import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs of the half-open period [from, to); the schema (insight.graphqls) defines each figure. Rates are
 * exact fractions rounded half-even to {@link #RATE_SCALE} places; null when nothing settled.
 */
public record Kpis(
        Instant from,
        Instant to,
        Money gmv,
        Money cost,
        Money utility,
        long settledCount,
        long successCount,
        long disputedCount,
        @Nullable BigDecimal acceptanceRate,
        @Nullable BigDecimal disputeRate,
        @Nullable BigDecimal p50SettlementSeconds,
        @Nullable BigDecimal p95SettlementSeconds,
        Money slashed,
        Money treasuryBalance,
        Money ownerTake,
        Guardrails guardrails) {

    public static final int RATE_SCALE = 6;
}
