package org.agijobs.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.agijobs.certificates.CertificateFixture.SubmittedJob;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.JobSettled;
import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A third party checks a certificate with nothing but the published key set and a standard JOSE library
 * (Nimbus here): no token, no project class, no call to the platform besides fetching the keys.
 */
@ApiTest
class OfflineVerificationTest {

    @Autowired
    CertificateFixture fixture;

    @Autowired
    JobsFixture jobs;

    @Test
    void theCertificateVerifiesWithThePublishedKeySetAndStatesTheJob() throws Exception {
        SubmittedJob job = fixture.submittedJob("250.5");
        JobSettled settled = fixture.settled(job, true);
        fixture.recordInTransaction(settled);
        Map<String, Object> issued = fixture.issuedTo(job);

        HttpResponse<String> keys = fetchKeySet();
        JWKSet keySet = JWKSet.parse(keys.body());
        SignedJWT certificate = SignedJWT.parse((String) issued.get("jws"));
        ECKey key = keySet.getKeyByKeyId(certificate.getHeader().getKeyID()).toECKey();

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(certificate.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(certificate.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(certificate.getHeader().getKeyID()).isEqualTo(issued.get("keyId"));
        assertThat(certificate.verify(new ECDSAVerifier(key))).isTrue();

        JWTClaimsSet claims = certificate.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("agi-jobs-platform");
        assertThat(claims.getSubject()).isEqualTo(job.agent().globalId());
        assertThat(claims.getJWTID()).isEqualTo(issued.get("id"));
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(Instant.parse((String) issued.get("issuedAt"))));
        assertThat(claims.getStringClaim("jobId")).isEqualTo(job.jobId());
        assertThat(claims.getStringClaim("employer")).isEqualTo(job.employer().globalId());
        assertThat(claims.getStringClaim("agent")).isEqualTo(job.agent().globalId());
        assertThat(claims.getStringClaim("specHash")).isEqualTo(job.specHash());
        assertThat(claims.getStringClaim("resultHash")).isEqualTo(job.resultHash());
        assertThat(claims.getStringClaim("reward")).isEqualTo("250.5");
        assertThat(claims.getStringClaim("settledAt")).isEqualTo(settled.settledAt().toString());
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("iss", "sub", "jti", "iat", "jobId",
                "employer", "agent", "specHash", "resultHash", "reward", "settledAt");
    }

    @Test
    void aStandardJwtProcessorAcceptsTheCertificateWithTheKeySetAlone() throws Exception {
        SubmittedJob job = fixture.submittedJob("7");
        String jws = fixture.certify(job);
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(JWKSet.parse(fetchKeySet().body()))));

        JWTClaimsSet claims = processor.process(jws, null);

        assertThat(claims.getSubject()).isEqualTo(job.agent().globalId());
        assertThat(claims.getStringClaim("jobId")).isEqualTo(job.jobId());
    }

    @Test
    void theKeySetIsPublicAndHoldsNoPrivateKey() throws Exception {
        HttpResponse<String> response = fetchKeySet();
        JWKSet keySet = JWKSet.parse(response.body());

        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("public"));
        assertThat(keySet.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
            assertThat(key.getKeyID()).isNotBlank();
        });
        assertThat(response.body()).doesNotContain("\"d\"");
    }

    private HttpResponse<String> fetchKeySet() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jobs.port()
                    + "/certificates/jwks.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
