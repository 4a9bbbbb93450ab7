package org.agijobs.certificates;

/**
 * The outcome of checking a presented certificate: valid with what it states, or invalid with the reason.
 *
 * @param reason null when valid
 * @param claims null when invalid
 */
public record CertificateVerification(boolean valid, InvalidCertificateReason reason, CertificateClaims claims) {

    public static CertificateVerification valid(CertificateClaims claims) {
        return new CertificateVerification(true, null, claims);
    }

    public static CertificateVerification invalid(InvalidCertificateReason reason) {
        return new CertificateVerification(false, reason, null);
    }
}
