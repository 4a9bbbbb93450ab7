package org.agijobs.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as readers see it. {@code eta} is set once it is queued; {@code closedAt} once it executed, failed
 * or was cancelled; {@code failureReason} says why an execution changed nothing.
 */
public record Proposal(UUID id, ProposalState state, String reason, String proposerSubject, String proposerName,
        boolean protective, Instant createdAt, @Nullable Instant eta, @Nullable Instant closedAt,
        @Nullable String failureReason) {
}
