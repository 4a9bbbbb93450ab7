package org.agijobs.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.agijobs.certificates.CertificateFixture.SubmittedJob;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.settlement.JobSettled;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.HttpClientErrorException;

/**
 * {@code verifyCertificate} for someone without an account: genuine certificates pass with what they state,
 * everything else fails with the reason. Without a token, nothing but that query is open.
 */
@ApiTest
class VerifyCertificateTest {

    @Autowired
    CertificateFixture fixture;

    @Autowired
    JobsFixture jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousCallersFindAGenuineCertificateValidWithWhatItStates() {
        SubmittedJob job = fixture.submittedJob("99.000000000000000009");
        JobSettled settled = fixture.settled(job, true);
        fixture.recordInTransaction(settled);
        Map<String, Object> issued = fixture.issuedTo(job);

        Map<String, Object> verification = anonymouslyVerify((String) issued.get("jws"));

        assertThat(verification).containsEntry("valid", true).containsEntry("reason", null);
        assertThat(verification.get("claims")).isEqualTo(Map.ofEntries(
                Map.entry("id", issued.get("id")),
                Map.entry("issuer", "agi-jobs-platform"),
                Map.entry("jobId", job.jobId()),
                Map.entry("agent", job.agent().globalId()),
                Map.entry("employer", job.employer().globalId()),
                Map.entry("specHash", job.specHash()),
                Map.entry("resultHash", job.resultHash()),
                Map.entry("reward", "99.000000000000000009"),
                Map.entry("settledAt", settled.settledAt().toString()),
                Map.entry("issuedAt", issued.get("issuedAt")),
                Map.entry("keyId", issued.get("keyId"))));
    }

    @Test
    void callersWithATokenMayVerifyToo() {
        SubmittedJob job = fixture.submittedJob("10");
        String jws = fixture.certify(job);

        ClientGraphQlResponse response = jobs.http(job.employer()).documentName("verifyCertificate").variable("jws", jws).executeSync();

        assertThat(response.field("verifyCertificate.valid").toEntity(Boolean.class)).isTrue();
    }

    @Test
    void aCertificateWithAChangedRewardHasABadSignature() {
        String jws = fixture.certify(fixture.submittedJob("10"));
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String inflated = payload.replace("\"reward\":\"10\"", "\"reward\":\"10000\"");
        assertThat(inflated).isNotEqualTo(payload);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(inflated.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(anonymouslyVerify(tampered)).containsEntry("valid", false).containsEntry("reason", "BAD_SIGNATURE")
                .containsEntry("claims", null);
    }

    @Test
    void aCertificateSignedByAnotherKeyUnderThePlatformsKeyIdHasABadSignature() throws Exception {
        SignedJWT genuine = SignedJWT.parse(fixture.certify(fixture.submittedJob("10")));
        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID(genuine.getHeader().getKeyID()).generate();

        String forged = sign(impostor, genuine.getJWTClaimsSet());

        assertThat(anonymouslyVerify(forged)).containsEntry("valid", false).containsEntry("reason", "BAD_SIGNATURE");
    }

    @Test
    void aCertificateSignedWithASharedSecretUnderThePlatformsKeyIdHasABadSignature() throws Exception {
        SignedJWT genuine = SignedJWT.parse(fixture.certify(fixture.submittedJob("10")));
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(genuine.getHeader().getKeyID()).build();
        JWSObject forged = new JWSObject(header, new Payload(genuine.getJWTClaimsSet().toJSONObject()));
        forged.sign(new MACSigner(new byte[32]));

        assertThat(anonymouslyVerify(forged.serialize())).containsEntry("reason", "BAD_SIGNATURE");
    }

    @Test
    void aCertificateSignedByAKeyOutsideTheKeySetHasAnUnknownKey() throws Exception {
        SignedJWT genuine = SignedJWT.parse(fixture.certify(fixture.submittedJob("10")));
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("someone-else").generate();
        ECKey nameless = new ECKeyGenerator(Curve.P_256).generate();

        assertThat(anonymouslyVerify(sign(stranger, genuine.getJWTClaimsSet())))
                .containsEntry("valid", false).containsEntry("reason", "UNKNOWN_KEY");
        assertThat(anonymouslyVerify(sign(nameless, genuine.getJWTClaimsSet())))
                .containsEntry("valid", false).containsEntry("reason", "UNKNOWN_KEY");
    }

    @Test
    void garbageIsMalformed() {
        for (String garbage : new String[] {"", "not a certificate", "a.b.c", "eyJhbGciOiJub25lIn0.e30.",
                "x".repeat(20_000)}) {
            assertThat(anonymouslyVerify(garbage)).as(garbage.length() > 40 ? "a long string" : garbage)
                    .containsEntry("valid", false).containsEntry("reason", "MALFORMED");
        }
    }

    @Test
    void aCertificateThePlatformKeySignedButNeverIssuedIsNotIssuedHere() throws Exception {
        SignedJWT genuine = SignedJWT.parse(fixture.certify(fixture.submittedJob("10")));
        ECKey platformKey = ECKey.parse(jdbc.sql("select private_jwk from certificate_signing_key where key_id = :kid")
                .param("kid", genuine.getHeader().getKeyID()).query(String.class).single());
        JWTClaimsSet neverIssued = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .jwtID(GlobalId.of("Certificate", UUID.randomUUID())).build();
        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).issuer("someone-else").build();
        JWTClaimsSet otherReward = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).claim("reward", "1000").build();
        JWTClaimsSet notACertificate = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).claim("jobId", null).build();

        assertThat(anonymouslyVerify(sign(platformKey, neverIssued))).containsEntry("reason", "NOT_ISSUED_HERE");
        assertThat(anonymouslyVerify(sign(platformKey, otherIssuer))).containsEntry("reason", "NOT_ISSUED_HERE");
        assertThat(anonymouslyVerify(sign(platformKey, otherReward))).containsEntry("reason", "NOT_ISSUED_HERE");
        assertThat(anonymouslyVerify(sign(platformKey, notACertificate))).containsEntry("reason", "MALFORMED");
    }

    @Test
    void withoutATokenNothingButVerificationIsOpen() {
        String jws = fixture.certify(fixture.submittedJob("10"));
        var anonymous = GraphQlClients.http(jobs.port(), null);
        String[] closed = {
                "{ serverTime }",
                "{ verifyCertificate(jws: \"" + jws + "\") { valid } serverTime }",
                "{ v: verifyCertificate(jws: \"" + jws + "\") { valid } me { roles } }",
                "{ ...open } fragment open on Query { verifyCertificate(jws: \"x\") { valid } }",
                "{ __schema { queryType { name } } }",
                "query a { verifyCertificate(jws: \"x\") { valid } } query b { serverTime }",
                "mutation { __typename }",
                "{ verifyCertificate(jws: \"" + "x".repeat(40_000) + "\") { valid } }",
                "{ verifyCertificate(jws: ",
        };
        for (String document : closed) {
            assertThatThrownBy(() -> anonymous.document(document).executeSync())
                    .as(document.length() > 80 ? document.substring(0, 80) : document)
                    .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        }
        assertThat(anonymous.documentName("verifyWithTypename").variable("jws", jws)
                .executeSync().field("v.valid").toEntity(Boolean.class)).isTrue();
    }

    @Test
    void anInvalidTokenIsRefusedEvenForVerification() {
        String jws = fixture.certify(fixture.submittedJob("10"));

        assertThatThrownBy(() -> GraphQlClients.http(jobs.port(), "not-a-token").documentName("verifyCertificate")
                .variable("jws", jws).executeSync()).isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    private Map<String, Object> anonymouslyVerify(String jws) {
        ClientGraphQlResponse response = GraphQlClients.http(jobs.port(), null).documentName("verifyCertificate").variable("jws", jws)
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("verifyCertificate").getValue();
    }

    private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256);
        if (key.getKeyID() != null) {
            header.keyID(key.getKeyID());
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
