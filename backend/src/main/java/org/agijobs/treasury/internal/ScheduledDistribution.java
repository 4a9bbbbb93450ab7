package org.agijobs.treasury.internal;

import java.util.Set;

import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Caller;
import org.agijobs.treasury.FeeDistribution;
import org.agijobs.treasury.FeeDistributionTrigger;
import org.springframework.stereotype.Component;

/** The epoch's run: the same effect as an owner's, in its own transaction, retried on transient conflicts. */
@Component
class ScheduledDistribution {

    /** The platform itself, as the caller of scheduled work (no key, so nothing is recorded under it). */
    private static final Caller SCHEDULER = new Caller("system:fee-distribution", "fee-distribution",
            "Fee distribution", Set.of());

    private final IdempotentMutations mutations;
    private final FeeDistributor distributor;

    ScheduledDistribution(IdempotentMutations mutations, FeeDistributor distributor) {
        this.mutations = mutations;
        this.distributor = distributor;
    }

    FeeDistribution run() {
        return mutations.run(SCHEDULER, null, FeeDistributionTrigger.SCHEDULED, FeeDistribution.class,
                () -> distributor.distribute(FeeDistributionTrigger.SCHEDULED, null));
    }
}
