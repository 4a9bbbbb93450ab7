package org.agijobs.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.agijobs.audit.AuditCheckpoint;
import org.agijobs.certificates.PlatformSigner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Signs the sealed head when it moved since the last checkpoint: {@code {"seq", "hash", "sealedAt", "issuedAt"}} in
 * that order, as the payload of a JWS under the platform's certificate key. A head already signed is not signed
 * again, so a quiet chain adds no rows.
 */
@Component
public class CheckpointIssuer {

    private final AuditStore events;
    private final CheckpointStore checkpoints;
    private final PlatformSigner signer;
    private final JsonMapper json;
    private final Clock clock;

    CheckpointIssuer(AuditStore events, CheckpointStore checkpoints, PlatformSigner signer, JsonMapper json,
            Clock clock) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.json = json;
        this.clock = clock;
    }

    /** The new checkpoint, or empty when the chain is empty or its head is the last one signed. */
    public Optional<AuditCheckpoint> issueIfHeadMoved() {
        Optional<AuditStore.SealedHead> sealed = events.sealedHead();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        AuditStore.SealedHead head = sealed.get();
        long lastSigned = checkpoints.latest().map(AuditCheckpoint::seq).orElse(0L);
        if (head.seq() <= lastSigned) {
            return Optional.empty();
        }
        // PostgreSQL keeps microseconds: the signed time and the stored one must be the same instant.
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, @Nullable Object> claims = new LinkedHashMap<>();
        claims.put("seq", head.seq());
        claims.put("hash", head.hash());
        claims.put("sealedAt", head.sealedAt() == null ? null : head.sealedAt().toString());
        claims.put("issuedAt", issuedAt.toString());
        String jws = signer.sign(json.writeValueAsBytes(claims)).jws();
        AuditCheckpoint checkpoint = new AuditCheckpoint(head.seq(), head.hash(), head.sealedAt(), issuedAt, jws);
        return checkpoints.insert(checkpoint) ? Optional.of(checkpoint) : Optional.empty();
    }
}
