package org.agijobs.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One step of a proposal: who (a member's subject, or {@code system:governance}), when and what. */
public record ProposalHistoryEntry(UUID proposalId, ProposalStep step, String actorSubject, String actorName,
        Instant at, @Nullable String detail) {
}
