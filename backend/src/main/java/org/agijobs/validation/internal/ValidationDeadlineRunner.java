package org.agijobs.validation.internal;

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
 * The {@code validation-deadline} of each voting committee (entity id = job id), scheduled in the draw's
 * transaction, so it exists exactly when the committee does: it runs when the commit window closes (opening the
 * reveal phase for subscribers) and again when the reveal window closes (the tally). A run, in one transaction
 * and retried on conflicts like any mutation, does what is due; any number of runs on any instance give one
 * reveal-phase announcement and one tally, because each run re-reads the committee under the job's row lock.
 */
@Component
public class ValidationDeadlineRunner extends DeadlineHandler {

    public static final String KIND = "validation-deadline";

    static final Caller SCHEDULER = new Caller("system:validation", "validation", "Validation deadlines", Set.of());

    private final Voting voting;
    private final IdempotentMutations mutations;

    ValidationDeadlineRunner(Voting voting, IdempotentMutations mutations) {
        super(KIND, Duration.ofMinutes(1));
        this.voting = voting;
        this.mutations = mutations;
    }

    /** Runs what is due; returns when to run again, empty once the vote is over. */
    public Optional<Instant> runDue(UUID jobId) {
        return Optional.ofNullable(mutations.run(SCHEDULER, null, jobId, Instant.class,
                () -> voting.deadline(jobId).orElse(null)));
    }

    @Override
    protected Next onDue(String id) {
        return runDue(UUID.fromString(id)).map(Next::at).orElseGet(Next::done);
    }
}
