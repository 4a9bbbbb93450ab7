package org.agijobs.jobs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.scheduling.DeadlineHandler;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The {@code job-expiry} deadline of each assigned job (entity id = job id), scheduled at assignment for the
 * job's expiry time and cancelled at submission. A run, in one transaction and retried on transient conflicts
 * like any mutation, locks the job and expires it if it is still assigned and due. Safe to run any number of
 * times and on any instance: after the first effect the job is no longer ASSIGNED and every later run does
 * nothing.
 */
@Component
public class JobExpirer extends DeadlineHandler {

    public static final String KIND = "job-expiry";

    /** The platform itself, as the actor of scheduled work. */
    static final Caller SCHEDULER = new Caller("system:job-expiry", "job-expiry", "Job expiry", Set.of());

    private final JobRepository jobs;
    private final JobLifecycle lifecycle;
    private final IdempotentMutations mutations;

    JobExpirer(JobRepository jobs, JobLifecycle lifecycle, IdempotentMutations mutations) {
        super(KIND, Duration.ofMinutes(1));
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.mutations = mutations;
    }

    /** Expires the job if due; returns when to look again if it is assigned but not yet due. */
    public Optional<Instant> expireIfDue(UUID jobId) {
        Instant later = mutations.run(SCHEDULER, null, jobId, Instant.class,
                () -> jobs.findForUpdate(jobId).flatMap(lifecycle::expire).orElse(null));
        return Optional.ofNullable(later);
    }

    @Override
    protected Next onDue(String id) {
        return expireIfDue(UUID.fromString(id)).map(Next::at).orElseGet(Next::done);
    }
}
