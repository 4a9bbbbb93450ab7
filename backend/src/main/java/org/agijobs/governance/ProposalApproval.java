package org.agijobs.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A council member's approval of a proposal. {@code counts} is false once the member has left the council: an
 * approval counts only while its member is on the council, at queueing and again at execution.
 */
public record ProposalApproval(UUID proposalId, String memberSubject, String memberName, Instant approvedAt,
        boolean counts) {
}
