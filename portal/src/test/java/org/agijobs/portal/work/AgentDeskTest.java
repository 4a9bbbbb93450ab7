package org.agijobs.portal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.portal.backend.BackendSubscriptions;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.backend.StubGraphQlBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the agent's calls put on the wire and how the answers are read, against a stub backend. */
class AgentDeskTest {

    private static final String JOB = "Sm9iOjQy";

    private final StubGraphQlBackend backend = new StubGraphQlBackend();
    private final AgentDesk desk = new AgentDesk(backend.client(), mock(BackendSubscriptions.class));

    AgentDeskTest() throws IOException {
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void aBoardPageAsksForItsSizeAfterTheCursorAndReadsWhereTheNextOneStarts() {
        backend.answer("matchingJobs", """
                {"data":{"matchingJobs":{"edges":[{"cursor":"c1","node":{"id":"%s","title":"Label 10k images",
                 "reward":"100.000000000000000000","deadline":"2026-12-24T10:00:00Z","requiredSkills":["vision"],
                 "agentTypesAllowed":"ANY","employer":{"handle":"acme"},
                 "myStanding":{"position":2,"rankedAgents":5,"rank":{"score":0.475}}}}],
                 "pageInfo":{"hasNextPage":true,"endCursor":"c1"}}}}""".formatted(JOB));

        CursorPager.Page<AgentDesk.OpenJob> page = desk.matchingJobs("c0", 50);

        assertThat(backend.requests().getFirst()).contains("\"first\":50").contains("\"after\":\"c0\"");
        assertThat(page.items()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Label 10k images");
            assertThat(job.deadline()).isEqualTo(Instant.parse("2026-12-24T10:00:00Z"));
            assertThat(job.requiredSkills()).containsExactly("vision");
            assertThat(job.myStanding()).isEqualTo(new AgentDesk.Standing(2, 5, new AgentDesk.Score(0.475)));
        });
        assertThat(page.hasNext()).isTrue();
        assertThat(page.cursors()).containsExactly("c1");
    }

    @Test
    void theFirstPageSendsNoCursor() {
        backend.answer("matchingJobs", """
                {"data":{"matchingJobs":{"edges":[],"pageInfo":{"hasNextPage":false,"endCursor":null}}}}""");

        assertThat(desk.matchingJobs(null, 50).items()).isEmpty();

        assertThat(backend.requests().getFirst()).doesNotContain("\"after\"");
    }

    @Test
    void assignmentsAreTheAgentsAssignedJobs() {
        backend.answer("agentAssignments", """
                {"data":{"jobs":{"edges":[{"cursor":"c1","node":{"id":"%s","title":"Label 10k images",
                 "reward":"100","deadline":"2026-12-24T10:00:00Z","expiresAt":"2026-12-24T11:00:00Z",
                 "jobStake":"10"}}],"pageInfo":{"hasNextPage":false,"endCursor":"c1"}}}}""".formatted(JOB));

        CursorPager.Page<AgentDesk.Assignment> page = desk.assignments("UGFydGljaXBhbnQ6Nw==", null, 100);

        assertThat(backend.requests().getFirst()).contains("\"agent\":\"UGFydGljaXBhbnQ6Nw==\"")
                .contains("state: ASSIGNED");
        assertThat(page.items()).singleElement()
                .satisfies(job -> assertThat(job.expiresAt()).isEqualTo(Instant.parse("2026-12-24T11:00:00Z")));
    }

    @Test
    void applySendsTheJobAndTheKeyAndReturnsTheRefusal() {
        backend.answer("applyForJob", """
                {"data":{"applyForJob":{"job":null,"userErrors":[{"field":null,"code":"NOT_ELIGIBLE",
                 "message":"An agent stake of at least 10 is required"}]}}}""");
        UUID key = UUID.randomUUID();

        var errors = desk.apply(JOB, key);

        assertThat(errors).extracting(AgentDesk.UserError::code).containsExactly("NOT_ELIGIBLE");
        assertThat(backend.requests().getFirst()).contains("\"jobId\":\"" + JOB + "\"")
                .contains("\"idempotencyKey\":\"" + key + "\"");
    }

    @Test
    void submitSendsUriAndHashAsTypedWithoutBlanksAroundAndNoEmptyNote() {
        backend.answer("submitResult", """
                {"data":{"submitResult":{"job":null,"userErrors":[{"field":"input.resultHash",
                 "code":"INVALID_INPUT","message":"Not a SHA-256"}]}}}""");

        var errors = desk.submit(JOB, new AgentDesk.Result(" https://example.org/r ", "abc ", " "),
                UUID.randomUUID());

        assertThat(errors).extracting(AgentDesk.UserError::field).containsExactly("input.resultHash");
        assertThat(backend.requests().getFirst()).contains("\"resultUri\":\"https://example.org/r\"")
                .contains("\"resultHash\":\"abc\"").doesNotContain("resultText\":");
    }
}
