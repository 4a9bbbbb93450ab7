package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * The job entered VALIDATING. Published right after {@link ResultSubmitted}, in the same transaction, which then
 * draws the committee through {@link CommitteeSelector}.
 */
public record ValidationRequested(UUID jobId, UUID employerId, UUID agentId, String resultHash, Instant at)
        implements JobEvent {

    @Override
    public JobState state() {
        return JobState.VALIDATING;
    }
}
