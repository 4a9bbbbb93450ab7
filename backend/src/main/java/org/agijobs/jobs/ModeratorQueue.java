package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a job that validation could not decide waits for a moderator, joined in the escalation's transaction so
 * that no escalated job is ever missing from the queue. Jobs owns this port and the disputes module implements it.
 */
public interface ModeratorQueue {

    /** Opens the job's dispute, without a fee, for {@code reason}. */
    void enqueue(UUID jobId, EscalationReason reason, Instant at);
}
