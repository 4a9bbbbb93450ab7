package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/** The tally decided (state COMPLETED); settlement follows when the challenge window ends undisputed. */
public record ValidationCompleted(UUID jobId, UUID employerId, UUID agentId, boolean approved,
        Instant challengeEndsAt, Instant at) implements JobEvent {

    @Override
    public JobState state() {
        return JobState.COMPLETED;
    }
}
