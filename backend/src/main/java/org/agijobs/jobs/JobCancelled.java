package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** The employer cancelled, or an owner delisted, an open job; the escrow went back to the employer. */
public record JobCancelled(UUID jobId, UUID employerId, UUID cancelledBy, String reason, Money refunded, Instant at)
        implements JobEvent {

    @Override
    public UUID agentId() {
        return null;
    }

    @Override
    public JobState state() {
        return JobState.CANCELLED;
    }
}
