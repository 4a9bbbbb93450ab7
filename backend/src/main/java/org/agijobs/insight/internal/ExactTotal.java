package org.agijobs.insight.internal;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.agijobs.platform.money.Money;

/**
 * An amount counter kept in exact decimals. Prometheus samples are doubles, so the total is turned into one when it
 * is scraped, once, rather than summed as doubles one fact at a time, where every addition may round.
 */
final class ExactTotal {

    private final AtomicReference<BigDecimal> total = new AtomicReference<>(BigDecimal.ZERO);

    private ExactTotal() {
    }

    static ExactTotal register(MeterRegistry registry, String name, String description, String... tags) {
        ExactTotal counter = new ExactTotal();
        FunctionCounter.builder(name, counter, ExactTotal::sample).description(description).tags(tags)
                .register(registry);
        return counter;
    }

    void add(Money amount) {
        total.accumulateAndGet(amount.value(), BigDecimal::add);
    }

    private double sample() {
        return total.get().doubleValue();
    }
}
