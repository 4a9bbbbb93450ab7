package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/** The employer or the agent challenged the tally's outcome within the window (state DISPUTED). */
public record JobDisputed(UUID jobId, UUID employerId, UUID agentId, UUID raisedBy, Instant at) implements JobEvent {

    @Override
    public JobState state() {
        return JobState.DISPUTED;
    }
}
