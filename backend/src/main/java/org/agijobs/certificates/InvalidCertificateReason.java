package org.agijobs.certificates;

/** Why {@code verifyCertificate} found a certificate not genuine. */
public enum InvalidCertificateReason {
    /** Not a JWS in compact serialization, or its claims are not those of a certificate. */
    MALFORMED,
    /** The JWS names no key ({@code kid}) of the platform's key set. */
    UNKNOWN_KEY,
    /** The signature does not verify with the named platform key, or uses another algorithm than ES256. */
    BAD_SIGNATURE,
    /** Signed by a platform key, but for another issuer, or not a certificate this platform has on record. */
    NOT_ISSUED_HERE
}
