package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The employer cancelled, or an owner delisted, an open job, or an executed proposal cancelled a job in any
 * non-final state ({@code proposalId} set, {@code cancelledBy} null); the escrow went back to the employer.
 */
public record JobCancelled(UUID jobId, UUID employerId, @Nullable UUID cancelledBy, String reason, Money refunded,
        Instant at, @Nullable UUID proposalId) implements JobEvent {

    @Override
    public UUID agentId() {
        return null;
    }

    @Override
    public JobState state() {
        return JobState.CANCELLED;
    }
}
