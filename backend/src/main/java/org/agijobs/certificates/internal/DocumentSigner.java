package org.agijobs.certificates.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;

import org.agijobs.certificates.PlatformSigner;
import org.springframework.stereotype.Component;

/** The platform signer on the certificate keys: ES256, {@code kid} set, the payload signed byte for byte. */
@Component
class DocumentSigner implements PlatformSigner {

    private final SigningKeys keys;

    DocumentSigner(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public Signed sign(byte[] payload) {
        ECKey key = keys.signingKey();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(CertificateKeys.ALGORITHM).keyID(key.getKeyID()).build(),
                new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign with key " + key.getKeyID(), e);
        }
        return new Signed(key.getKeyID(), jws.serialize());
    }
}
