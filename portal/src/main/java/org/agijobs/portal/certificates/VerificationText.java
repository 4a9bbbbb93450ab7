package org.agijobs.portal.certificates;

/** A verification as sentences a person reads: the verdict first, then what the certificate states. */
final class VerificationText {

    private VerificationText() {
    }

    static String verdict(Certificates.Verification verification) {
        if (verification.valid()) {
            return "Genuine: signed by this platform and on its record.";
        }
        return switch (verification.reason() == null ? "" : verification.reason()) {
            case "MALFORMED" -> "Not genuine: this is not a certificate (not a JWS with a certificate's claims).";
            case "UNKNOWN_KEY" -> "Not genuine: it names no key of this platform.";
            case "BAD_SIGNATURE" -> "Not genuine: the signature does not match; the content was changed or another"
                    + " key signed it.";
            case "NOT_ISSUED_HERE" -> "Not genuine: this platform has no such certificate on record.";
            default -> "Not genuine.";
        };
    }

    static String claims(Certificates.Claims claims) {
        return "Job " + claims.jobId() + " · reward " + claims.reward() + " · settled " + claims.settledAt()
                + " · agent " + claims.agent() + " · employer " + claims.employer() + " · result SHA-256 "
                + claims.resultHash() + " · issued " + claims.issuedAt() + " by " + claims.issuer() + " (key "
                + claims.keyId() + ")";
    }
}
