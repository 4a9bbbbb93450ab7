package org.agijobs.certificates.internal;

import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;

import org.agijobs.certificates.CertificateClaims;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;

/**
 * The claims of a certificate's JWS, written and read in this one place. Ids are the API's global ids; the
 * reward is the decimal text the {@code Money} scalar shows; settled-at is ISO-8601 in UTC.
 */
final class CertificateJwt {

    static final String CERTIFICATE_TYPE = "Certificate";
    static final String JOB_TYPE = "Job";
    static final String PARTICIPANT_TYPE = "Participant";

    static final String JOB = "jobId";
    static final String EMPLOYER = "employer";
    static final String AGENT = "agent";
    static final String SPEC_HASH = "specHash";
    static final String RESULT_HASH = "resultHash";
    static final String REWARD = "reward";
    static final String SETTLED_AT = "settledAt";

    /** What a certificate states, by the platform's own ids. */
    record Content(UUID id, UUID jobId, UUID employerId, UUID agentId, String specHash, String resultHash,
                   Money reward, Instant settledAt, Instant issuedAt) {
    }

    private CertificateJwt() {
    }

    static JWTClaimsSet claims(String issuer, Content content) {
        String agent = GlobalId.of(PARTICIPANT_TYPE, content.agentId());
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(agent)
                .jwtID(GlobalId.of(CERTIFICATE_TYPE, content.id()))
                .issueTime(Date.from(content.issuedAt()))
                .claim(JOB, GlobalId.of(JOB_TYPE, content.jobId()))
                .claim(EMPLOYER, GlobalId.of(PARTICIPANT_TYPE, content.employerId()))
                .claim(AGENT, agent)
                .claim(SPEC_HASH, content.specHash())
                .claim(RESULT_HASH, content.resultHash())
                .claim(REWARD, content.reward().toString())
                .claim(SETTLED_AT, content.settledAt().toString())
                .build();
    }

    /** The certificate the claims state, or empty when one is missing or not of the form {@link #claims} writes. */
    static Optional<CertificateClaims> decode(JWTClaimsSet claims, String keyId) {
        try {
            String agent = globalId(claims.getStringClaim(AGENT), PARTICIPANT_TYPE);
            if (!agent.equals(claims.getSubject()) || claims.getIssuer() == null || claims.getIssueTime() == null) {
                return Optional.empty();
            }
            return Optional.of(new CertificateClaims(
                    globalId(claims.getJWTID(), CERTIFICATE_TYPE),
                    claims.getIssuer(),
                    globalId(claims.getStringClaim(JOB), JOB_TYPE),
                    agent,
                    globalId(claims.getStringClaim(EMPLOYER), PARTICIPANT_TYPE),
                    required(claims, SPEC_HASH),
                    required(claims, RESULT_HASH),
                    Money.of(required(claims, REWARD)),
                    Instant.parse(required(claims, SETTLED_AT)),
                    claims.getIssueTime().toInstant(),
                    keyId));
        } catch (ParseException | IllegalArgumentException | DateTimeParseException | ArithmeticException malformed) {
            return Optional.empty();
        }
    }

    /** The platform id inside a global id of {@code type}. */
    static UUID uuid(String globalId, String type) {
        return GlobalId.decode(globalId).filter(id -> id.type().equals(type)).orElseThrow().id();
    }

    private static String required(JWTClaimsSet claims, String name) throws ParseException {
        String value = claims.getStringClaim(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    private static String globalId(String text, String type) {
        if (text == null || GlobalId.decode(text).filter(id -> id.type().equals(type)).isEmpty()) {
            throw new IllegalArgumentException("not a " + type + " id");
        }
        return text;
    }
}
