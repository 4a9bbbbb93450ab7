package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Bad cursors, ids and date-times in queries are the caller's mistake: a {@code BAD_REQUEST} error naming the
 * argument, never a server fault, and never an echo of a long input.
 */
@ApiTest
class BadInputTest {

    private static final String OLD_STYLE_CURSOR = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(),
            CursorEncoder.base64()).toCursor(ScrollPosition.forward(Map.of("id", UUID.randomUUID())));

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    JobsFixture jobs;

    HttpSyncGraphQlClient agent;
    HttpSyncGraphQlClient owner;

    @BeforeEach
    void callers() {
        agent = GraphQlClients.http(port, tokens.issue("bad.input.agent." + UUID.randomUUID(), "agent"));
        owner = GraphQlClients.http(port, tokens.issue("bad.input.owner." + UUID.randomUUID(), "owner"));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource({"jobsPage, garbage", "jobsPage, old", "jobsPage, long", "jobsPage, offset", "jobsPage, certificates",
            "matchingJobs, garbage", "matchingJobs, offset", "myCertificates, old", "myCertificates, jobs",
            "rankAgents, garbage", "rankAgents, jobs"})
    void aCursorThatIsNotOneOfTheListsIsABadRequest(String document, String kind) {
        var response = agent.documentName(document).variable("after", cursor(kind))
                .variable("jobId", GlobalId.of("Job", UUID.randomUUID())).executeSync();

        assertBadRequest(response, "after");
    }

    @Test
    void cursorsAreShortAndNameNoClass() {
        jobs.postJob(jobs.employer("bad.input.employer", "100"), "A job to page past", "10");
        var page = agent.documentName("jobsPage").variable("first", 1).executeSync();
        String cursor = page.field("jobs.pageInfo.endCursor").toEntity(String.class);

        assertThat(cursor).isNotNull().hasSizeLessThan(80);
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1))
                .doesNotContain("java.").doesNotStartWith("{");
        var next = agent.documentName("jobsPage").variable("first", 1).variable("after", cursor).executeSync();
        assertThat(next.getErrors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"participantNode, id", "jobId, id", "jobTree, id", "certificate, jobId", "committeeDraw, job",
            "disputeOfJob, jobId", "reputationHistory, participant"})
    void textThatIsNoIdIsABadRequest(String document, String variable) {
        for (String text : new String[] {"bm90LW91cnM", "garbage", "A".repeat(100_000)}) {
            var response = owner.documentName(document).variable(variable, text).executeSync();

            assertBadRequest(response, argumentOf(document, variable));
        }
    }

    @Test
    void aWellFormedIdOfAnotherTypeNamesNothing() {
        var response = owner.documentName("jobId").variable("id", GlobalId.of("Participant", UUID.randomUUID()))
                .executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat((Object) response.field("job").getValue()).isNull();
    }

    @Test
    void aMalformedIdInAFilterIsABadRequest() {
        var response = owner.documentName("jobsPage").variable("filter", Map.of("agent", "garbage")).executeSync();

        assertBadRequest(response, "filter.agent");
    }

    @Test
    void aLongOrMalformedDateTimeIsRefusedWithoutAnEcho() {
        for (String text : new String[] {"2026-11-23T18:00:00Z" + "0".repeat(100_000), "yesterday",
                "+999999999-12-31T23:59:59Z", "-0001-12-31T23:59:59Z"}) {
            var response = owner.documentName("jobsPage").variable("filter", Map.of("createdFrom", text))
                    .executeSync();

            assertThat(response.getErrors()).as(text).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isNotEqualTo("INTERNAL_ERROR");
                assertThat(error.getMessage()).contains("ISO-8601").hasSizeLessThan(400);
            });
        }
    }

    /** graphql-java refuses numeric literals over 100 characters before it expands them; this keeps that true. */
    @Test
    void aHugeNumberLiteralIsRefusedBeforeItIsParsed() {
        var response = owner.documentName("jobsWithAHugeFirst").executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("InvalidSyntax");
            assertThat(error.getMessage()).hasSizeLessThan(400);
        });
        assertThat((Object) response.getData()).isNull();
    }

    private static void assertBadRequest(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT").containsEntry("field", field);
            assertThat(error.getMessage()).hasSizeLessThan(200);
        });
    }

    private static String argumentOf(String document, String variable) {
        return "committeeDraw".equals(document) ? "jobId" : variable;
    }

    private static String cursor(String kind) {
        OpaqueCursors cursors = new OpaqueCursors();
        Map<String, Object> certificateKeys = new LinkedHashMap<>();
        certificateKeys.put("issuedAt", Instant.now());
        certificateKeys.put("id", UUID.randomUUID());
        Map<String, Object> jobKeys = new LinkedHashMap<>();
        jobKeys.put("createdAt", Instant.now());
        jobKeys.put("id", UUID.randomUUID());
        return switch (kind) {
            case "garbage" -> "garbage!";
            case "old" -> OLD_STYLE_CURSOR;
            case "long" -> "A".repeat(100_000);
            case "offset" -> cursors.toCursor(ScrollPosition.offset(3));
            case "jobs" -> cursors.toCursor(ScrollPosition.forward(jobKeys));
            case "certificates" -> cursors.toCursor(ScrollPosition.forward(certificateKeys));
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
