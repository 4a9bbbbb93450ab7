package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A completed job's challenge window was extended by a FULL pause's length (see
 * {@link org.agijobs.parameters.PausedWindows}); it now ends at {@code challengeEndsAt}. Published in the resume's
 * transaction, so the settlement deadline moves with it.
 */
public record ChallengeWindowExtended(UUID jobId, Instant challengeEndsAt) {
}
