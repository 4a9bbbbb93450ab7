package org.agijobs.jobs.internal;

import java.util.UUID;

/**
 * What a job mutation's transaction answers, and what its idempotency key replays: the job it acted on. The
 * payload then shows that job as it is now.
 */
public record JobRef(UUID jobId) {
}
