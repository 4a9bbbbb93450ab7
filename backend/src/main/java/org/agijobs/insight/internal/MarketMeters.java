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
 * the exact figures are the KPIs. Amounts are summed exactly ({@link ExactTotal}) and become doubles, as every
 * Prometheus sample is, only when scraped: close enough for a chart, never for the books. Jobs count as "posted":
 * Prometheus reserves a {@code _created} suffix for a counter's creation time. Plain after-commit listeners: a
 * meter needs no publication record or redelivery.
 */
@Component
class MarketMeters {

    private final Counter jobsPosted;
    private final Counter settledSuccess;
    private final Counter settledFailure;
    private final Counter disputes;
    private final ExactTotal gmv;
    private final ExactTotal slashed;
    private final ExactTotal validatorRewards;
    private final ExactTotal burns;
    private final ExactTotal resources;

    MarketMeters(MeterRegistry registry) {
        jobsPosted = Counter.builder("agijobs.jobs.posted").description("Jobs posted").register(registry);
        settledSuccess = settled(registry, "success");
        settledFailure = settled(registry, "failure");
        disputes = Counter.builder("agijobs.disputes").description("Disputes raised").register(registry);
        gmv = ExactTotal.register(registry, "agijobs.gmv", "Sum of the rewards of successful settlements");
        slashed = ExactTotal.register(registry, "agijobs.slashed", "Stake slashed");
        validatorRewards = cost(registry, "validator_rewards");
        burns = cost(registry, "burns");
        resources = cost(registry, "resources");
    }

    /** The KPI's cost, by component; utility is GMV less their sum, so it needs no meter of its own. */
    private static ExactTotal cost(MeterRegistry registry, String component) {
        return ExactTotal.register(registry, "agijobs.cost",
                "Market cost: validator rewards, fee burns, resource payments", "component", component);
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
            gmv.add(settled.reward());
        } else {
            settledFailure.increment();
        }
        validatorRewards.add(settled.costs().validatorRewards());
        burns.add(settled.costs().burned());
        resources.add(settled.costs().resourcePayment());
    }

    @TransactionalEventListener
    void on(JobDisputed disputed) {
        disputes.increment();
    }

    @TransactionalEventListener
    void on(StakeSlashed slash) {
        slashed.add(slash.slash().slashed());
    }
}
