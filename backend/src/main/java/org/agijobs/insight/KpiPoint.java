package org.agijobs.insight;

import java.time.Instant;

import org.agijobs.platform.money.Money;

/** One bucket of a KPI series: the same definitions as {@link Kpis}, over [start, start + bucket) ∩ the period. */
public record KpiPoint(Instant start, Money gmv, Money cost, Money utility, long settledCount) {
}
