package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/** Validation could not decide (no committee, no quorum): the job waits for a moderator (state DISPUTED). */
public record JobEscalated(UUID jobId, UUID employerId, UUID agentId, EscalationReason reason, Instant at)
        implements JobEvent {

    @Override
    public JobState state() {
        return JobState.DISPUTED;
    }
}
