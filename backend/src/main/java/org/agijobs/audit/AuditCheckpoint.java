package org.agijobs.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A signed statement of the sealed chain's head: the platform says that event {@code seq} had {@code hash} when it
 * signed at {@code issuedAt}. {@code jws} is the compact JWS over {@code {seq, hash, sealedAt, issuedAt}}, what a
 * third party keeps; {@code sealedAt} is null only for a head sealed before seal times were recorded.
 */
public record AuditCheckpoint(long seq, String hash, @Nullable Instant sealedAt, Instant issuedAt, String jws) {
}
