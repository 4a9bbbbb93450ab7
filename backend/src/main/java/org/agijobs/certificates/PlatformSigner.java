package org.agijobs.certificates;

import java.util.Optional;

/**
 * Signs any document with the platform's certificate key, as a compact JWS with the same algorithm and
 * {@code kid} as certificates, so the published key set at {@code /certificates/jwks.json} verifies it offline.
 * Other modules sign, and check what was signed, through this port and never see a key.
 */
public interface PlatformSigner {

    /** A signed document: the key that signed it and the compact JWS whose payload is the exact bytes given. */
    record Signed(String keyId, String jws) {
    }

    Signed sign(byte[] payload);

    /**
     * The payload of {@code jws} when one of the published keys signed it, as {@link #sign} does (ES256, its
     * {@code kid} named); empty for anything else: no compact JWS, an unknown key, another algorithm, a signature
     * that does not verify. It says who signed, never what the document is: the caller checks its content.
     */
    Optional<byte[]> verifiedPayload(String jws);
}
