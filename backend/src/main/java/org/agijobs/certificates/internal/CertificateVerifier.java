package org.agijobs.certificates.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.agijobs.certificates.Certificate;
import org.agijobs.certificates.CertificateClaims;
import org.agijobs.certificates.CertificateVerification;
import org.agijobs.certificates.InvalidCertificateReason;
import org.springframework.stereotype.Component;

/**
 * Checks a presented certificate the way a third party would (its signature against the published key set),
 * and then what only the platform can: that it is the certificate on record, so a certificate signed with a
 * leaked or misused key but never issued does not pass.
 */
@Component
public class CertificateVerifier {

    /** A certificate is about 1 KB; anything far larger is not one, and is not worth parsing. */
    static final int MAX_LENGTH = 16 * 1024;

    private final SigningKeys keys;
    private final CertificateRepository certificates;
    private final CertificatesProperties properties;

    CertificateVerifier(SigningKeys keys, CertificateRepository certificates, CertificatesProperties properties) {
        this.keys = keys;
        this.certificates = certificates;
        this.properties = properties;
    }

    public CertificateVerification verify(String jws) {
        if (jws == null || jws.length() > MAX_LENGTH) {
            return CertificateVerification.invalid(InvalidCertificateReason.MALFORMED);
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(jws.strip());
        } catch (ParseException e) {
            return CertificateVerification.invalid(InvalidCertificateReason.MALFORMED);
        }
        JWSHeader header = jwt.getHeader();
        JWK key = header.getKeyID() == null ? null : keys.publicKeys().getKeyByKeyId(header.getKeyID());
        if (!(key instanceof ECKey publicKey)) {
            return CertificateVerification.invalid(InvalidCertificateReason.UNKNOWN_KEY);
        }
        if (!CertificateKeys.ALGORITHM.equals(header.getAlgorithm()) || !signatureVerifies(jwt, publicKey)) {
            return CertificateVerification.invalid(InvalidCertificateReason.BAD_SIGNATURE);
        }
        Optional<CertificateClaims> claims = claimsOf(jwt, publicKey.getKeyID());
        if (claims.isEmpty()) {
            return CertificateVerification.invalid(InvalidCertificateReason.MALFORMED);
        }
        if (!properties.issuer().equals(claims.get().issuer()) || !isOnRecord(jwt, claims.get())) {
            return CertificateVerification.invalid(InvalidCertificateReason.NOT_ISSUED_HERE);
        }
        return CertificateVerification.valid(claims.get());
    }

    private static boolean signatureVerifies(SignedJWT jwt, ECKey key) {
        try {
            return jwt.verify(new ECDSAVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static Optional<CertificateClaims> claimsOf(SignedJWT jwt, String keyId) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return CertificateJwt.decode(claims, keyId);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The stored certificate signed exactly this header and payload. The signature itself is not compared: an
     * ECDSA signature has more than one valid encoding, and any of them proves the same content.
     */
    private boolean isOnRecord(SignedJWT jwt, CertificateClaims claims) {
        Optional<Certificate> stored = certificates.findById(
                CertificateJwt.uuid(claims.id(), CertificateJwt.CERTIFICATE_TYPE));
        String signedContent = new String(jwt.getSigningInput(), StandardCharsets.US_ASCII);
        return stored.filter(certificate -> certificate.getJws().startsWith(signedContent + ".")).isPresent();
    }
}
