package org.agijobs.certificates;

import java.time.Instant;

import org.agijobs.platform.money.Money;

/**
 * What a genuine certificate states, decoded from its JWS. Ids are the opaque global ids the API uses
 * everywhere, so a reader can look the job and the parties up with {@code node(id:)}.
 *
 * @param id     the certificate's global id (claim {@code jti})
 * @param agent  the agent's global id (claims {@code sub} and {@code agent})
 * @param keyId  the {@code kid} of the platform key that signed it
 */
public record CertificateClaims(String id, String issuer, String jobId, String agent, String employer,
        String specHash, String resultHash, Money reward, Instant settledAt, Instant issuedAt, String keyId) {
}
