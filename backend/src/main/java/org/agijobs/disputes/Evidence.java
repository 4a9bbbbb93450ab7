package org.agijobs.disputes;

import java.time.Instant;
import java.util.UUID;

/** One piece of evidence: the SHA-256 of a document, where it is, and an optional note. */
public record Evidence(UUID id, UUID jobId, UUID authorId, EvidenceRole role, String hash, String uri, String note,
        Instant addedAt) {
}
