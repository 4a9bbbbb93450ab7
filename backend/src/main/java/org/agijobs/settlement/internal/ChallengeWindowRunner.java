package org.agijobs.settlement.internal;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.JobOutcomes;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.scheduling.DeadlineHandler;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The end of each challenge window as a persistent {@code job-settlement} deadline (entity id = job id). A run, in
 * one transaction and retried on conflicts like any mutation, settles the job with the tally's outcome if its
 * challenge window is over and nobody disputed it (a disputed job is settled by its ruling, and this run does
 * nothing).
 */
@Component
public class ChallengeWindowRunner extends DeadlineHandler {

    public static final String KIND = "job-settlement";

    static final Caller SCHEDULER = new Caller("system:settlement", "settlement", "Settlement", Set.of());
    /** A parent whose sub-jobs are still open waits for them, looking again this often. */
    private static final Duration CHILDREN_PENDING = Duration.ofHours(1);

    private final JobOutcomes outcomes;
    private final JobSettler settler;
    private final IdempotentMutations mutations;

    ChallengeWindowRunner(JobOutcomes outcomes, JobSettler settler, IdempotentMutations mutations) {
        super(KIND, Duration.ofMinutes(1));
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

    @Override
    protected Next onDue(String id) {
        try {
            settleIfDue(UUID.fromString(id));
            return Next.done();
        } catch (DomainException childrenUnsettled) {
            return Next.after(CHILDREN_PENDING);
        }
    }
}
