package org.agijobs.audit.internal;

import java.util.HexFormat;
import java.util.Optional;

import org.agijobs.audit.ChainVerification;
import org.agijobs.audit.CheckpointVerification;
import org.agijobs.audit.InvalidCheckpointReason;
import org.agijobs.certificates.PlatformSigner;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds a presented checkpoint against the chain as it stands: first that the platform signed it, then that the
 * event at its seq still exists with the hash it names, then that the chain from seq 1 up to that event still
 * verifies. A rewrite that recomputed the hashes changes the hash at the seq; an edit that did not breaks the chain.
 */
@Component
public class CheckpointVerifier {

    private final PlatformSigner signer;
    private final AuditStore events;
    private final ChainVerifier chain;
    private final JsonMapper json;

    CheckpointVerifier(PlatformSigner signer, AuditStore events, ChainVerifier chain, JsonMapper json) {
        this.signer = signer;
        this.events = events;
        this.chain = chain;
        this.json = json;
    }

    public CheckpointVerification verify(String jws) {
        Optional<byte[]> payload = signer.verifiedPayload(jws);
        if (payload.isEmpty()) {
            return CheckpointVerification.invalid(null, InvalidCheckpointReason.BAD_SIGNATURE);
        }
        JsonNode claims;
        try {
            claims = json.readTree(payload.get());
        } catch (JacksonException notJson) {
            return CheckpointVerification.invalid(null, InvalidCheckpointReason.MALFORMED);
        }
        JsonNode seqClaim = claims.path("seq");
        JsonNode hashClaim = claims.path("hash");
        if (!seqClaim.isIntegralNumber() || !seqClaim.canConvertToLong() || seqClaim.longValue() < 1
                || !hashClaim.isString() || !isHash(hashClaim.stringValue())) {
            return CheckpointVerification.invalid(null, InvalidCheckpointReason.MALFORMED);
        }
        long seq = seqClaim.longValue();
        Optional<String> stored = events.hashAt(seq);
        if (stored.isEmpty()) {
            return CheckpointVerification.invalid(seq, InvalidCheckpointReason.UNKNOWN_SEQ);
        }
        if (!stored.get().equals(hashClaim.stringValue())) {
            return CheckpointVerification.invalid(seq, InvalidCheckpointReason.HASH_MISMATCH);
        }
        ChainVerification upToIt = chain.verify(1, seq);
        if (!upToIt.valid() || upToIt.checked() != seq) {
            return CheckpointVerification.invalid(seq, InvalidCheckpointReason.CHAIN_BROKEN);
        }
        return CheckpointVerification.holds(seq);
    }

    private static boolean isHash(String value) {
        return value.length() == 64 && value.chars().allMatch(HexFormat::isHexDigit);
    }
}
