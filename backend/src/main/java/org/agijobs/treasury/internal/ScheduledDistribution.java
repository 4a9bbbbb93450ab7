package org.agijobs.treasury.internal;

import java.time.Duration;
import java.util.Set;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.scheduling.DeadlineHandler;
import org.agijobs.platform.security.Caller;
import org.agijobs.treasury.FeeDistribution;
import org.agijobs.treasury.FeeDistributionTrigger;
import org.springframework.stereotype.Component;

/**
 * The epoch's run of the one {@code fee-distribution} deadline (see {@link FeeDistributionSchedule}): the same
 * effect as an owner's, in its own transaction, retried on transient conflicts; then the deadline moves one
 * epoch, as governed at that moment, past the end of this run.
 */
@Component
class ScheduledDistribution extends DeadlineHandler {

    static final String KIND = "fee-distribution";

    /** The platform itself, as the caller of scheduled work (no key, so nothing is recorded under it). */
    private static final Caller SCHEDULER = new Caller("system:fee-distribution", "fee-distribution",
            "Fee distribution", Set.of());

    private final IdempotentMutations mutations;
    private final FeeDistributor distributor;
    private final Parameters parameters;

    ScheduledDistribution(IdempotentMutations mutations, FeeDistributor distributor, Parameters parameters) {
        // A failed run (the database away, say) is tried again after this long, until one succeeds.
        super(KIND, Duration.ofMinutes(5));
        this.mutations = mutations;
        this.distributor = distributor;
        this.parameters = parameters;
    }

    FeeDistribution run() {
        return mutations.run(SCHEDULER, null, FeeDistributionTrigger.SCHEDULED, FeeDistribution.class,
                () -> distributor.distribute(FeeDistributionTrigger.SCHEDULED, null));
    }

    @Override
    protected Next onDue(String id) {
        run();
        return Next.after(parameters.duration(Parameter.FEE_DISTRIBUTION_EPOCH));
    }
}
