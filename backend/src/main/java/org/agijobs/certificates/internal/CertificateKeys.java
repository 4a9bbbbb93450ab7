package org.agijobs.certificates.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/** What every certificate key is: EC P-256 for ES256, marked for signatures, with a {@code kid}. */
final class CertificateKeys {

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

    private CertificateKeys() {
    }

    /** A new key whose {@code kid} is its RFC 7638 thumbprint, so the id says nothing but names the key. */
    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a P-256 key", e);
        }
    }

    /**
     * The key as published and used: {@code use} sig, {@code alg} ES256, and its thumbprint as {@code kid} when
     * it has none. Refuses anything but a P-256 key.
     */
    static ECKey normalized(ECKey key) {
        if (!Curve.P_256.equals(key.getCurve())) {
            throw new IllegalArgumentException("Certificate keys are EC P-256 (ES256), not " + key.getCurve());
        }
        if (key.getAlgorithm() != null && !ALGORITHM.equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("Certificate keys are for ES256, not " + key.getAlgorithm());
        }
        try {
            String keyId = key.getKeyID() != null ? key.getKeyID() : key.computeThumbprint().toString();
            return new ECKey.Builder(key).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM).keyID(keyId).build();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Could not compute the key's thumbprint", e);
        }
    }
}
