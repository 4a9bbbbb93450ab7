package org.agijobs.validation.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.SettlementFixture;
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

import reactor.test.StepVerifier;

/** {@code myCommitteeEvents}: a validator follows the jobs it sits on the committee of, and only validators may. */
@ApiTest
class CommitteeEventsSubscriptionTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    CommitteeEventsController controller;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aValidatorFollowsItsCommitteeFromTheDrawToTheSettlement() {
        List<Participant> pool = validation.pool("seated.validator", 3);
        var client = GraphQlClients.webSocket(jobs.port(), pool.getFirst().token());
        int before = controller.subscribers();
        String[] job = new String[1];
        List<Map<String, Object>> received = new ArrayList<>();

        StepVerifier.create(client.documentName("myCommitteeEvents").executeSubscription()
                        .map(response -> response.field("myCommitteeEvents").<Map<String, Object>>getValue())
                        .take(10).collectList())
                .then(() -> {
                    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> controller.subscribers() > before);
                    // A job without a committee (nobody applied) stays out of the stream.
                    jobs.postJob(jobs.employer("unseated.employer", "100"), "No committee", "10");
                    Delivered delivered = validation.delivered("seated", "1000");
                    job[0] = delivered.job();
                    validation.vote(job[0], Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
                    settlement.endChallengeWindow(job[0]);
                })
                .consumeNextWith(received::addAll)
                .expectComplete()
                .verify(Duration.ofSeconds(60));
        client.stop().block(Duration.ofSeconds(5));

        assertThat(received).extracting(event -> event.get("type")).containsExactly("COMMITTEE_SELECTED",
                "VOTE_COMMITTED", "VOTE_COMMITTED", "VOTE_COMMITTED", "REVEAL_PHASE_STARTED", "VOTE_REVEALED",
                "VOTE_REVEALED", "VOTE_REVEALED", "VALIDATION_COMPLETED", "JOB_FINALIZED");
        assertThat(received).extracting(event -> event.get("job")).containsOnly(Map.of("id", job[0]));
    }

    @Test
    void myCommitteeEventsIsForValidatorsOnly() {
        Participant employer = jobs.employer("committee.outsider", "0");
        var client = GraphQlClients.webSocket(jobs.port(), employer.token());

        StepVerifier.create(client.documentName("myCommitteeEvents").executeSubscription())
                .expectErrorSatisfies(error -> assertThat(error.toString()).contains("FORBIDDEN"))
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }
}
