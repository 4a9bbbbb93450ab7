package org.agijobs.certificates.graphql;

import java.util.Set;

import org.agijobs.platform.security.PublicQueryFields;
import org.springframework.stereotype.Component;

/**
 * {@code verifyCertificate} needs no token (DOMAIN.md: anyone can verify a certificate): whoever is shown a
 * certificate usually has no account here. It only reads what the certificate and the public keys already say.
 */
@Component
class PublicCertificateQueries implements PublicQueryFields {

    @Override
    public Set<String> names() {
        return Set.of("verifyCertificate");
    }
}
