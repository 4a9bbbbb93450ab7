package org.agijobs.settlement.internal;

import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.JobOutcomes;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * One {@code job-settlement} run: in one transaction, retried on conflicts like any mutation, settle the job with
 * the tally's outcome if its challenge window is over and nobody disputed it.
 */
@Component
public class ChallengeWindowRunner {

    static final Caller SCHEDULER = new Caller("system:settlement", "settlement", "Settlement", Set.of());

    private final JobOutcomes outcomes;
    private final JobSettler settler;
    private final IdempotentMutations mutations;

    ChallengeWindowRunner(JobOutcomes outcomes, JobSettler settler, IdempotentMutations mutations) {
        this.outcomes = outcomes;
        this.settler = settler;
        this.mutations = mutations;
    }

    /**
     * Whether this run settled the job.
     *
     * @throws org.agijobs.platform.errors.DomainException {@code INVALID_STATE} while a sub-job of an approved job
     *         is unsettled (the run is tried again later)
     */
    public boolean settleIfDue(UUID jobId) {
        Boolean settled = mutations.run(SCHEDULER, null, jobId, Boolean.class,
                () -> outcomes.lock(jobId).flatMap(settler::settleIfUndisputed).isPresent());
        return Boolean.TRUE.equals(settled);
    }
}
