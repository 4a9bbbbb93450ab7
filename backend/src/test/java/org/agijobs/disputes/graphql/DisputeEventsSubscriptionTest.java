package org.agijobs.disputes.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import reactor.test.StepVerifier;

/** {@code disputeEvents}: moderators see every dispute, the parties their own, anybody else none. */
@ApiTest
class DisputeEventsSubscriptionTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    DisputeFixture disputes;
    @Autowired
    DisputeEventsController controller;
    @Autowired
    JdbcClient jdbc;

    List<Participant> pool;

    @BeforeEach
    void isolate() {
        validation.isolate();
        pool = validation.pool("disputed.validator", 3);
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aModeratorFollowsADisputeFromItsRaisingToTheSettlementAndOnlyThePartiesSeeTheirs() {
        Participant moderator = jobs.participant("following.moderator", "0", "moderator");
        Participant stranger = jobs.employer("dispute.stranger", "0");
        String start = Cursors.ofSeq(jdbc.sql("select coalesce(max(seq), 0) from audit_event").query(Long.class)
                .single());
        var client = GraphQlClients.webSocket(jobs.port(), moderator.token());
        int before = controller.subscribers();
        Delivered[] delivered = new Delivered[1];
        List<Map<String, Object>> received = new ArrayList<>();

        StepVerifier.create(client.documentName("disputeEvents").executeSubscription()
                        .map(response -> response.field("disputeEvents").<Map<String, Object>>getValue())
                        .filter(event -> delivered[0] != null
                                && Map.of("id", delivered[0].job()).equals(event.get("job")))
                        .take(3).collectList())
                .then(() -> {
                    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> controller.subscribers() > before);
                    delivered[0] = validation.delivered("disputed", "1000");
                    validation.vote(delivered[0].job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
                    JobsFixture.requireNoErrors(disputes.raiseDispute(delivered[0].employer(), delivered[0].job()),
                            "raiseDispute");
                    JobsFixture.requireNoErrors(disputes.addEvidence(delivered[0].agent(), delivered[0].job(),
                            "https://e.example/agent"), "addDisputeEvidence");
                    JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered[0].job(), "AGENT_WINS"),
                            "resolveDispute");
                })
                .consumeNextWith(received::addAll)
                .expectComplete()
                .verify(Duration.ofSeconds(60));
        client.stop().block(Duration.ofSeconds(5));
        assertThat(received).extracting(event -> event.get("type"))
                .containsExactly("DISPUTE_RAISED", "EVIDENCE_ADDED", "JOB_FINALIZED");

        // Replayed from the same point: the party sees the same three, the stranger none of them.
        assertThat(replayedFor(delivered[0].agent(), start, delivered[0].job(), 3))
                .extracting(event -> event.get("type")).containsExactly("DISPUTE_RAISED", "EVIDENCE_ADDED",
                        "JOB_FINALIZED");
        assertThat(replayedFor(stranger, start, delivered[0].job(), 0)).isEmpty();
    }

    /** What {@code subscriber} receives of the job's dispute events after {@code cursor}, up to {@code expected}. */
    private List<Map<String, Object>> replayedFor(Participant subscriber, String cursor, String job, int expected) {
        var client = GraphQlClients.webSocket(jobs.port(), subscriber.token());
        try {
            var events = client.documentName("disputeEvents").variable("after", cursor).executeSubscription()
                    .map(response -> response.field("disputeEvents").<Map<String, Object>>getValue())
                    .filter(event -> Map.of("id", job).equals(event.get("job")));
            // The replay is read at once; what a stranger must not see would arrive within the window.
            return (expected > 0 ? events.take(expected) : events.take(Duration.ofSeconds(3))).collectList()
                    .block(Duration.ofSeconds(30));
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }
}
