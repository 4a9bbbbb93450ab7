package org.agijobs.validation.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * One {@code validation-deadline} run: in one transaction, retried on conflicts like any mutation, do what is
 * due for the job's committee. Any number of runs on any instance give one reveal-phase announcement and one
 * tally, because each run re-reads the committee under the job's row lock.
 */
@Component
public class ValidationDeadlineRunner {

    static final Caller SCHEDULER = new Caller("system:validation", "validation", "Validation deadlines", Set.of());

    private final Voting voting;
    private final IdempotentMutations mutations;

    ValidationDeadlineRunner(Voting voting, IdempotentMutations mutations) {
        this.voting = voting;
        this.mutations = mutations;
    }

    /** Runs what is due; returns when to run again, empty once the vote is over. */
    public Optional<Instant> runDue(UUID jobId) {
        return Optional.ofNullable(mutations.run(SCHEDULER, null, jobId, Instant.class,
                () -> voting.deadline(jobId).orElse(null)));
    }
}
