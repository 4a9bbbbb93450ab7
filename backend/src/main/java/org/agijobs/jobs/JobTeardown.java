package org.agijobs.jobs;

import java.time.Instant;

/**
 * Unwinds what another module holds for a job that an executed proposal cancels, in the cancellation's
 * transaction on the job's locked row: committee locks and the vote's deadline (validation), the settlement
 * deadline (settlement), an open dispute and its fee (disputes). Nobody is slashed, nothing is paid but refunds.
 * Jobs owns this port; the modules that hold such state implement it. The jobs module itself refunds the escrow,
 * frees the agent's job stake and drops the expiry deadline.
 */
public interface JobTeardown {

    /** Releases what this module holds for {@code job}, which is CANCELLED as of {@code now}. */
    void tearDown(JobView job, Instant now);
}
