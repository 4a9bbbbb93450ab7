package org.agijobs.certificates.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/** Signs certificate claims with the platform's signing key: JWS compact serialization, ES256, {@code kid} set. */
@Component
class CertificateSigner {

    /** A signed certificate and the key that signed it. */
    record Signed(String keyId, String jws) {
    }

    private final SigningKeys keys;

    CertificateSigner(SigningKeys keys) {
        this.keys = keys;
    }

    Signed sign(JWTClaimsSet claims) {
        ECKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(CertificateKeys.ALGORITHM).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a certificate with key " + key.getKeyID(), e);
        }
        return new Signed(key.getKeyID(), jwt.serialize());
    }
}
