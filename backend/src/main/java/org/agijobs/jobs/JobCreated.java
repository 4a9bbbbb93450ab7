package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** A job was posted and its escrow ({@code reward + fee}) locked. */
public record JobCreated(UUID jobId, UUID employerId, UUID parentId, Money reward, Money fee, Instant at)
        implements JobEvent {

    @Override
    public UUID agentId() {
        return null;
    }

    @Override
    public JobState state() {
        return JobState.CREATED;
    }
}
