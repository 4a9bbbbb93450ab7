package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * An assigned job passed {@code deadline + expirationGracePeriod} without a submission: the employer got the
 * escrow back and the agent's job stake was slashed. The reputation module took the agent's loss in the same transaction
 * (through {@link AgentLosses}).
 */
public record JobExpired(UUID jobId, UUID employerId, UUID agentId, Money refunded, Money slashed, Instant at)
        implements JobEvent {

    @Override
    public JobState state() {
        return JobState.EXPIRED;
    }
}
