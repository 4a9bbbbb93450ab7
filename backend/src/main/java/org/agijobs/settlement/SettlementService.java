package org.agijobs.settlement;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.JobView;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.settlement.internal.JobSettler;
import org.agijobs.settlement.internal.SettlementStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The settlement module's API: settle a job with a ruling (for the dispute module), read how a job settled. */
@Service
public class SettlementService {

    private final JobSettler settler;
    private final SettlementStore settlements;

    SettlementService(JobSettler settler, SettlementStore settlements) {
        this.settler = settler;
        this.settlements = settlements;
    }

    /**
     * Settles the job, whose row the caller locked, with a ruling's outcome, in the caller's transaction. A job
     * already settled returns its settlement unchanged.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Settlement settleByRuling(JobView job, boolean agentWins) {
        return settler.settle(job, agentWins, SettlementTrigger.RULING);
    }

    /** Settlements by job id, for batch loading; jobs not settled are absent. */
    public java.util.Map<UUID, Settlement> settlementsOf(java.util.Collection<UUID> jobIds) {
        return settlements.findAll(jobIds);
    }

    public Optional<Settlement> settlementOf(Caller caller, UUID jobId) {
        Authorization.requireSomeRole(caller);
        return settlements.find(jobId);
    }
}
