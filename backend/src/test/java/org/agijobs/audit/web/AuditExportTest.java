package org.agijobs.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.agijobs.audit.internal.ChainSealer;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * The export as a third party uses it: fetched over HTTP with a token, then checked with the JDK alone (SHA-256
 * over the documented encoding), without any project class, so the README's recipe is what is tested.
 */
@ApiTest
class AuditExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JobsFixture fixture;
    @Autowired
    ChainSealer sealer;

    @Test
    void everyHashAndLinkOfTheExportRecomputesOfflineAndAnEditedLineBreaksIt() throws Exception {
        Participant employer = fixture.employer("exported.employer", "500");
        fixture.postJob(employer, "Exported one", "10");
        fixture.postJob(employer, "Exported two", "10");
        sealer.sealNow();

        HttpResponse<String> response = get(owner().token(), "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/x-ndjson"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        assertThat(brokenAt(lines)).isEqualTo(-1);
        assertThat(firstSeq(lines)).isEqualTo(1);

        int middle = lines.size() / 2;
        List<String> edited = new ArrayList<>(lines);
        edited.set(middle, edited.get(middle).replace("\"actor\":\"", "\"actor\":\"x"));
        assertThat(edited.get(middle)).isNotEqualTo(lines.get(middle));
        assertThat(brokenAt(edited)).isEqualTo(middle);
    }

    @Test
    void aFilteredExportKeepsSeqOrderAndEachLineStillVerifiesAlone() throws Exception {
        Participant employer = fixture.employer("filtered.exported.employer", "500");
        fixture.postJob(employer, "Filtered one", "10");
        fixture.postJob(employer, "Filtered two", "10");
        sealer.sealNow();

        HttpResponse<String> response = get(auditor().token(),
                "?type=JobCreated&actor=" + employer.subject() + "&fromSeq=1");

        List<String> lines = response.body().lines().toList();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(lines).hasSize(2);
        List<Map<String, Object>> events = lines.stream().map(AuditExportTest::parse).toList();
        assertThat(events).allSatisfy(event -> {
            assertThat(event).containsEntry("type", "JobCreated").containsEntry("actor", employer.subject());
            assertThat(recompute(event)).isEqualTo(event.get("hash"));
        });
        assertThat(((Number) events.get(1).get("seq")).longValue())
                .isGreaterThan(((Number) events.get(0).get("seq")).longValue());

        Map<String, Object> first = events.getFirst();
        long seq = ((Number) first.get("seq")).longValue();
        List<String> one = get(auditor().token(), "?fromSeq=" + seq + "&toSeq=" + seq).body().lines().toList();
        assertThat(one).containsExactly(lines.getFirst());
    }

    @Test
    void otherRolesAreRefusedAndAnonymousCallersAreUnauthenticated() throws Exception {
        HttpResponse<String> employer = get(fixture.employer("export.refused.employer", "0").token(), "");
        HttpResponse<String> anonymous = get(null, "");

        assertThat(employer.statusCode()).isEqualTo(403);
        assertThat(employer.body()).contains("\"code\":\"FORBIDDEN\"").doesNotContain("\"seq\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?fromSeq=0", "?toSeq=abc", "?fromSeq=5&toSeq=4", "?subjectType=PLANET",
            "?subjectId=not-a-uuid"})
    void badParametersAreA400WithAJsonError(String query) throws Exception {
        HttpResponse<String> response = get(owner().token(), query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(parse(response.body())).containsEntry("code", "INVALID_INPUT").containsKey("field");
    }

    /** The index of the first line whose hash or link does not recompute, -1 when the chain holds. */
    private static int brokenAt(List<String> lines) {
        String previous = null;
        for (int index = 0; index < lines.size(); index++) {
            Map<String, Object> event = parse(lines.get(index));
            boolean linked = previous == null || previous.equals(event.get("prevHash"));
            if (!linked || !recompute(event).equals(event.get("hash"))) {
                return index;
            }
            previous = (String) event.get("hash");
        }
        return -1;
    }

    /** SHA-256 over prevHash, then id, seq, type, actor, occurredAt, subjectType, subjectId, payload as len:value;. */
    private static String recompute(Map<String, Object> event) {
        StringBuilder content = new StringBuilder((String) event.get("prevHash"));
        for (String field : List.of("id", "seq", "type", "actor", "occurredAt", "subjectType", "subjectId",
                "payload")) {
            Object value = event.get(field);
            if (value == null) {
                content.append("-1:;");
            } else {
                String text = value.toString();
                content.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long firstSeq(List<String> lines) {
        return ((Number) parse(lines.getFirst()).get("seq")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        return JSON.readValue(line, Map.class);
    }

    private Participant owner() {
        return fixture.participant("export.owner", "0", "owner");
    }

    private Participant auditor() {
        return fixture.participant("export.auditor", "0", "integrator");
    }

    private HttpResponse<String> get(@Nullable String token, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + fixture.port()
                + AuditExportController.PATH + query)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
