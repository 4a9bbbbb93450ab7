package org.agijobs.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An owner on the council, by token subject. {@code addedByProposal} is null for the initial council, which the
 * deployment's configuration lists (the realm's owner users).
 */
public record CouncilMember(String subject, String username, Instant since, @Nullable UUID addedByProposal) {
}
