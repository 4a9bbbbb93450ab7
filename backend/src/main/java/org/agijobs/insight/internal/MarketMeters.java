package org.agijobs.insight.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.agijobs.jobs.JobCreated;
import org.agijobs.jobs.JobDisputed;
import org.agijobs.settlement.JobSettled;
import org.agijobs.staking.StakeSlashed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The market's counters for Prometheus, counted from committed facts, so a scrape or a request never queries the
 * ledger. They count since this instance started: Prometheus sums the replicas and {@code rate()} absorbs restarts;
 * the exact figures are the KPIs. Amounts are doubles, as every Prometheus sample is: close enough for a chart,
 * never for the books. Jobs count as "posted": Prometheus reserves a {@code _created} suffix for a counter's
 * creation time. Plain after-commit listeners: a meter needs no publication record or redelivery.
 */
@Component
class MarketMeters {

    private final Counter jobsPosted;
    private final Counter settledSuccess;
    private final Counter settledFailure;
    private final Counter disputes;
    private final Counter gmv;
    private final Counter slashed;
    private final Counter validatorRewards;
    private final Counter burns;
    private final Counter resources;

    MarketMeters(MeterRegistry registry) {
        jobsPosted = Counter.builder("agijobs.jobs.posted").description("Jobs posted").register(registry);
        settledSuccess = settled(registry, "success");
        settledFailure = settled(registry, "failure");
        disputes = Counter.builder("agijobs.disputes").description("Disputes raised").register(registry);
        gmv = Counter.builder("agijobs.gmv").description("Sum of the rewards of successful settlements")
                .register(registry);
        slashed = Counter.builder("agijobs.slashed").description("Stake slashed").register(registry);
        validatorRewards = cost(registry, "validator_rewards");
        burns = cost(registry, "burns");
        resources = cost(registry, "resources");
    }

    /** The KPI's cost, by component; utility is GMV less their sum, so it needs no meter of its own. */
    private static Counter cost(MeterRegistry registry, String component) {
        return Counter.builder("agijobs.cost").description("Market cost: validator rewards, fee burns, resource payments")
                .tag("component", component).register(registry);
    }

    private static Counter settled(MeterRegistry registry, String outcome) {
        return Counter.builder("agijobs.jobs.settled").description("Jobs settled, by outcome").tag("outcome", outcome)
                .register(registry);
    }

    @TransactionalEventListener
    void on(JobCreated created) {
        jobsPosted.increment();
    }

    @TransactionalEventListener
    void on(JobSettled settled) {
        if (settled.success()) {
            settledSuccess.increment();
            gmv.increment(settled.reward().value().doubleValue());
        } else {
            settledFailure.increment();
        }
        validatorRewards.increment(settled.costs().validatorRewards().value().doubleValue());
        burns.increment(settled.costs().burned().value().doubleValue());
        resources.increment(settled.costs().resourcePayment().value().doubleValue());
    }

    @TransactionalEventListener
    void on(JobDisputed disputed) {
        disputes.increment();
    }

    @TransactionalEventListener
    void on(StakeSlashed slash) {
        slashed.increment(slash.slash().slashed().value().doubleValue());
    }
}
