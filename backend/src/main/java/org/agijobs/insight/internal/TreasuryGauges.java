package org.agijobs.insight.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The treasury's balance and the owners' take since the market began, as gauges. A balance is a state, not a sum
 * of facts, so it is read from the ledger, but on a schedule into a holder: a scrape only reads the holder. Every
 * instance refreshes its own copy of the shared figure (Prometheus should take {@code max}, not {@code sum}, over
 * instances); before the first refresh the gauges are NaN, which Prometheus shows as no value rather than a zero.
 */
@Component
public class TreasuryGauges {

    private final KpiQueries queries;
    private final AtomicReference<KpiQueries.@Nullable Treasury> last = new AtomicReference<>();

    TreasuryGauges(KpiQueries queries, MeterRegistry registry) {
        this.queries = queries;
        Gauge.builder("agijobs.treasury.balance", last, holder -> figure(holder.get(), KpiQueries.Treasury::balance))
                .description("The treasury's balance at the last refresh").strongReference(true).register(registry);
        Gauge.builder("agijobs.owner.take", last, holder -> figure(holder.get(), KpiQueries.Treasury::ownerTake))
                .description("Everything the treasury took from the market (not owners' credits), at the last refresh")
                .strongReference(true).register(registry);
    }

    /** Both figures from one statement, so they agree with each other. */
    @Scheduled(fixedDelayString = "${agijobs.metrics.balance-refresh:PT30S}")
    public void refresh() {
        last.set(queries.treasury());
    }

    /** The exact figure becomes a double here only, as every Prometheus sample is. */
    private static double figure(KpiQueries.@Nullable Treasury treasury,
            Function<KpiQueries.Treasury, Money> figure) {
        return treasury == null ? Double.NaN : figure.apply(treasury).value().doubleValue();
    }
}
