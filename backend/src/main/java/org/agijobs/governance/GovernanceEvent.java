package org.agijobs.governance;

import java.time.Instant;
import java.util.UUID;

/** A step a proposal took, published inside the step's transaction for listeners that run after commit. */
public record GovernanceEvent(UUID proposalId, ProposalStep step, Instant at) {
}
