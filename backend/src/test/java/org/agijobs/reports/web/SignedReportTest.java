package org.agijobs.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

import org.agijobs.audit.internal.ChainSealer;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/** The signed report as a reader checks it: the JWS against the published key set alone, then its payload. */
@ApiTest
class SignedReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JobsFixture fixture;
    @Autowired
    ChainSealer sealer;

    @Test
    void theReportVerifiesWithThePublishedKeySetAndAChangedPayloadIsRejected() throws Exception {
        Participant employer = fixture.employer("reported.employer", "500");
        fixture.postJob(employer, "Reported", "10");
        sealer.sealNow();

        HttpResponse<String> response = get(owner().token(), "");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = parse(response.body());
        JWSObject jws = JWSObject.parse((String) body.get("jws"));
        JWKSet keys = JWKSet.parse(get(null, "/certificates/jwks.json", "").body());
        ECKey key = keys.getKeyByKeyId(jws.getHeader().getKeyID()).toECKey();

        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jws.getHeader().getKeyID()).isEqualTo(body.get("keyId"));
        assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
        Map<String, Object> report = parse(jws.getPayload().toString());
        assertThat(report).isEqualTo(body.get("report"));
        assertThat(report).containsKeys("generatedAt", "from", "to", "kpis", "parameters", "pause",
                "ledgerInvariantHolds", "ledgerHealth", "auditHead");
        assertThat(report.get("ledgerInvariantHolds")).isInstanceOf(Boolean.class);
        assertThat((List<?>) report.get("parameters")).isNotEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> head = (Map<String, Object>) report.get("auditHead");
        assertThat(head.get("hash")).asString().hasSize(64);

        String[] parts = ((String) body.get("jws")).split("\\.");
        String changed = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"generatedAt\":\"", "\"generatedAt\":\"1");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes())
                + "." + parts[2];
        assertThat(JWSObject.parse(forged).verify(new ECDSAVerifier(key))).isFalse();
    }

    @Test
    void anIntegratorGetsNoLedgerCheckOthersAreRefusedAndBadPeriodsAre400() throws Exception {
        HttpResponse<String> integrator = get(fixture.participant("report.integrator", "0", "integrator").token(),
                "?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z");
        HttpResponse<String> employer = get(fixture.employer("report.employer", "0").token(), "");
        HttpResponse<String> anonymous = get(null, "");
        HttpResponse<String> malformed = get(owner().token(), "?from=yesterday");
        HttpResponse<String> reversed = get(owner().token(), "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");

        assertThat(integrator.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) parse(integrator.body()).get("report");
        assertThat(report).containsEntry("ledgerInvariantHolds", null).containsEntry("ledgerHealth", null)
                .containsEntry("from", "2026-01-01T00:00:00Z").containsEntry("to", "2026-01-31T00:00:00Z");
        assertThat(employer.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(parse(malformed.body())).containsEntry("code", "INVALID_INPUT").containsEntry("field", "from");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(parse(reversed.body())).containsEntry("code", "INVALID_INPUT");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        return JSON.readValue(text, Map.class);
    }

    private Participant owner() {
        return fixture.participant("report.owner", "0", "owner");
    }

    private HttpResponse<String> get(@Nullable String token, String query) throws Exception {
        return get(token, ReportController.PATH, query);
    }

    private HttpResponse<String> get(@Nullable String token, String path, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + fixture.port()
                + path + query)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
