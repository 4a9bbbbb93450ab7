package org.agijobs.portal.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.portal.backend.StubGraphQlBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The moderation queue and a ruling as they go over the wire, against a stub backend. */
class DisputeQueueTest {

    private static final String JOB = "Sm9iOjQy";

    private final StubGraphQlBackend backend = new StubGraphQlBackend();
    private final DisputeQueue queue = new DisputeQueue(backend.client());

    DisputeQueueTest() throws IOException {
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void readsOpenDisputesWithTheirEvidence() {
        backend.answer("openDisputes", """
                {"data":{"openDisputes":[{"job":{"id":"%s","title":"Translate the guide","state":"DISPUTED"},
                 "kind":"RAISED","openedAt":"2026-11-24T10:00:00Z","staleAt":"2026-12-01T10:00:00Z",
                 "raisedBy":{"handle":"emma.employer"},"reason":"Half of it is missing.",
                 "evidence":[{"role":"EMPLOYER","uri":"https://example.org/e.pdf","hash":"%s","note":null,
                   "author":{"handle":"emma.employer"},"addedAt":"2026-11-24T10:00:00Z"}]},
                 {"job":{"id":"other","title":"No committee","state":"DISPUTED"},"kind":"NO_COMMITTEE",
                 "openedAt":"2026-11-24T12:00:00Z","staleAt":"2026-12-01T12:00:00Z","raisedBy":null,
                 "reason":null,"evidence":[]}]}}
                """.formatted(JOB, "cd".repeat(32)));

        var open = queue.open();

        assertThat(open).extracting(dispute -> dispute.job().title())
                .containsExactly("Translate the guide", "No committee");
        DisputeQueue.Dispute raised = open.getFirst();
        assertThat(raised.kind()).isEqualTo("RAISED");
        assertThat(raised.staleAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(raised.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.role()).isEqualTo("EMPLOYER");
            assertThat(evidence.uri()).isEqualTo("https://example.org/e.pdf");
            assertThat(evidence.hash()).isEqualTo("cd".repeat(32));
        });
        assertThat(open.get(1).raisedBy()).isNull();
    }

    @Test
    void rulingSendsTheRulingAndItsReason() {
        backend.answer("resolveDispute", """
                {"data":{"resolveDispute":{"dispute":{"job":{"id":"%s","state":"FINALIZED"},"ruling":"AGENT_WINS"},
                "userErrors":[]}}}""".formatted(JOB));
        UUID key = UUID.randomUUID();

        var errors = queue.resolve(JOB, DisputeQueue.Ruling.AGENT_WINS, "Delivered as specified.", key);

        assertThat(errors).isEmpty();
        assertThat(backend.requests().getFirst()).contains("\"ruling\":\"AGENT_WINS\"")
                .contains("\"reason\":\"Delivered as specified.\"").contains("\"idempotencyKey\":\"" + key + "\"");
    }

    @Test
    void returnsTheBackendsRefusal() {
        backend.answer("resolveDispute", """
                {"data":{"resolveDispute":{"dispute":null,"userErrors":[{"field":null,"code":"INVALID_STATE",
                "message":"The dispute is already resolved."}]}}}""");

        var errors = queue.resolve(JOB, DisputeQueue.Ruling.EMPLOYER_WINS, "Late.", UUID.randomUUID());

        assertThat(errors).extracting(DisputeQueue.UserError::message)
                .containsExactly("The dispute is already resolved.");
    }
}
