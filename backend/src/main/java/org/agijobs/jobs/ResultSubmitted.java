package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/** The assigned agent delivered a result before the deadline. */
public record ResultSubmitted(UUID jobId, UUID employerId, UUID agentId, String resultHash, String resultUri,
                              Instant at) implements JobEvent {

    @Override
    public JobState state() {
        return JobState.SUBMITTED;
    }
}
