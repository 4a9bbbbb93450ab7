package org.agijobs.certificates.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer     the {@code iss} of every certificate, and the only issuer {@code verifyCertificate} accepts
 * @param signingKey the platform's private EC P-256 key as a JWK, or a JWK set whose first key signs and whose
 *                   other keys (retired ones, public parts suffice) are still published; from a secret, never
 *                   a file in the repository. Blank: a generated development key (see {@link GeneratedSigningKeys}).
 */
@ConfigurationProperties("agijobs.certificates")
public record CertificatesProperties(String issuer, String signingKey) {

    public static final String DEFAULT_ISSUER = "agi-jobs-platform";

    public CertificatesProperties {
        if (issuer == null || issuer.isBlank()) {
            issuer = DEFAULT_ISSUER;
        }
    }

    boolean hasSigningKey() {
        return signingKey != null && !signingKey.isBlank();
    }
}
