package org.agijobs.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.audit.AuditEvent;
import org.agijobs.audit.AuditSubjectType;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final AuditEvent EVENT = new AuditEvent(7, "JobCreated", "subject-1",
            Instant.parse("2026-01-01T00:00:00Z"), AuditSubjectType.JOB, JOB, "{\"a\": 1}", null, null, null);

    @Test
    void isTheHexSha256OfThePreviousHashAndTheContent() {
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, EVENT)).matches("[0-9a-f]{64}")
                .isEqualTo(ChainHash.of(ChainHash.GENESIS, 1, EVENT));
    }

    @Test
    void changesWithEveryColumnTheLinkAndThePosition() {
        String hash = ChainHash.of(ChainHash.GENESIS, 1, EVENT);

        assertThat(ChainHash.of("1".repeat(64), 1, EVENT)).isNotEqualTo(hash);
        assertThat(ChainHash.of(ChainHash.GENESIS, 2, EVENT)).isNotEqualTo(hash);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, with("{\"a\": 2}", "subject-1"))).isNotEqualTo(hash);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, with("{\"a\": 1}", "subject-2"))).isNotEqualTo(hash);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, new AuditEvent(7, "JobCreated", "subject-1",
                EVENT.occurredAt(), null, null, EVENT.payload(), null, null, null))).isNotEqualTo(hash);
    }

    @Test
    void noTwoSplitsOfTheSameTextHashAlike() {
        AuditEvent left = new AuditEvent(7, "Job", "Createdx", EVENT.occurredAt(), null, null, "{}", null, null, null);
        AuditEvent right = new AuditEvent(7, "JobCreated", "x", EVENT.occurredAt(), null, null, "{}", null, null,
                null);

        assertThat(ChainHash.of(ChainHash.GENESIS, 1, left)).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, right));
    }

    private static AuditEvent with(String payload, String actor) {
        return new AuditEvent(7, "JobCreated", actor, EVENT.occurredAt(), AuditSubjectType.JOB, JOB, payload, null,
                null, null);
    }
}
