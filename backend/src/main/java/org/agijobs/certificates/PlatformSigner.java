package org.agijobs.certificates;

/**
 * Signs any document with the platform's certificate key, as a compact JWS with the same algorithm and
 * {@code kid} as certificates, so the published key set at {@code /certificates/jwks.json} verifies it offline.
 * Other modules sign through this port and never see a key.
 */
public interface PlatformSigner {

    /** A signed document: the key that signed it and the compact JWS whose payload is the exact bytes given. */
    record Signed(String keyId, String jws) {
    }

    Signed sign(byte[] payload);
}
