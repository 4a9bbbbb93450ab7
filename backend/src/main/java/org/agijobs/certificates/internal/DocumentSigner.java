package org.agijobs.certificates.internal;

import java.text.ParseException;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;

import org.agijobs.certificates.PlatformSigner;
import org.springframework.stereotype.Component;

/**
 * The platform signer on the certificate keys: ES256, {@code kid} set, the payload signed byte for byte; checked
 * against every published key, so a document signed before a key rotation still verifies.
 */
@Component
class DocumentSigner implements PlatformSigner {

    /** Far above any document the platform signs; longer text is not worth parsing. */
    static final int MAX_LENGTH = 64 * 1024;

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

    @Override
    public Optional<byte[]> verifiedPayload(String jws) {
        if (jws.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        JWSObject parsed;
        try {
            parsed = JWSObject.parse(jws.strip());
        } catch (ParseException notAJws) {
            return Optional.empty();
        }
        JWSHeader header = parsed.getHeader();
        JWK key = header.getKeyID() == null ? null : keys.publicKeys().getKeyByKeyId(header.getKeyID());
        if (!(key instanceof ECKey publicKey) || !CertificateKeys.ALGORITHM.equals(header.getAlgorithm())) {
            return Optional.empty();
        }
        try {
            return parsed.verify(new ECDSAVerifier(publicKey)) ? Optional.of(parsed.getPayload().toBytes())
                    : Optional.empty();
        } catch (JOSEException unusable) {
            return Optional.empty();
        }
    }
}
