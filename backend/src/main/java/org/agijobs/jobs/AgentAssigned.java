package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** The first eligible applicant took the job; {@code jobStake} of its agent stake is locked. */
public record AgentAssigned(UUID jobId, UUID employerId, UUID agentId, Money jobStake, Instant at)
        implements JobEvent {

    @Override
    public JobState state() {
        return JobState.ASSIGNED;
    }
}
