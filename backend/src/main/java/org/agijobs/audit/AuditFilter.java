package org.agijobs.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which audit events to list; every criterion is optional, and they combine with AND. {@code to} is exclusive. */
public record AuditFilter(@Nullable String type, @Nullable String actor, @Nullable AuditSubjectType subjectType,
        @Nullable UUID subjectId, @Nullable Instant from, @Nullable Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
