package org.agijobs.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One recorded domain event. {@code seq}, {@code prevHash} and {@code hash} stay null until the sealer links it
 * into the chain; {@code id} is the order of recording, which paging follows.
 */
public record AuditEvent(long id, String type, String actor, Instant occurredAt,
        @Nullable AuditSubjectType subjectType, @Nullable UUID subjectId, String payload, @Nullable Long seq,
        @Nullable String prevHash, @Nullable String hash) {
}
