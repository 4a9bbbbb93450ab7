package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/** Settlement paid the job out (state FINALIZED), with the final outcome. */
public record JobFinalized(UUID jobId, UUID employerId, UUID agentId, boolean success, Instant at)
        implements JobEvent {

    @Override
    public JobState state() {
        return JobState.FINALIZED;
    }
}
