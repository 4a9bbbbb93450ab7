package org.agijobs.certificates;

import java.time.Instant;
import java.util.UUID;

/** A certificate was issued for a successfully settled job, inside the settlement transaction. */
public record CertificateIssued(UUID certificateId, UUID jobId, UUID agentId, Instant issuedAt) {
}
