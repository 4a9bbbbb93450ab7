package org.agijobs.reputation;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a participant's history: what one job did to one of its scores.
 *
 * @param delta      the change actually applied: a loss stops at 0, a gain at the cap, a success is damped (so it
 *                   may even be negative)
 * @param scoreAfter the role's score right after this change
 * @param at         when the job settled or expired
 */
public record ReputationChange(UUID participantId, ReputationRole role, UUID jobId, long delta, long scoreAfter,
                               ReputationReason reason, Instant at) {
}
