package org.agijobs.governance.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.governance.GovernanceFixture;
import org.agijobs.parameters.Parameter;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A reader sees every step of a proposal live, after it committed, with the proposal as it is then. */
@ApiTest
class GovernanceEventsSubscriptionTest {

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GovernanceEventStream stream;

    GovernanceFixture governance;

    @AfterEach
    void restore() {
        governance.restore();
    }

    @Test
    void aReaderSeesEveryStepOfAProposalAfterItCommitted() {
        governance = new GovernanceFixture(participants, jdbc);
        List<Participant> owners = governance.council(2, 2);
        Participant reader = participants.participant("governance.watcher", "employer");
        var client = GraphQlClients.webSocket(participants.port(), reader.token());
        int before = stream.subscribers();
        String[] id = new String[1];

        Flux<Map<String, Object>> events = client.documentName("governanceEvents").executeSubscription()
                .map(response -> response.field("governanceEvents").<Map<String, Object>>getValue()).take(4);

        StepVerifier.create(events)
                .then(() -> {
                    subscribed(before);
                    id[0] = governance.proposed(owners.get(0), GovernanceFixture.setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P4D"));
                    governance.call("approveProposal", owners.get(1), id[0]);
                })
                .assertNext(event -> assertThat(event).containsEntry("step", "PROPOSED"))
                .assertNext(event -> assertThat(event).containsEntry("step", "APPROVED"))
                .assertNext(event -> assertThat(event).containsEntry("step", "APPROVED"))
                .assertNext(event -> assertThat(event).containsEntry("step", "QUEUED")
                        .containsEntry("proposal", Map.of("id", id[0], "state", "QUEUED")))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }

    private void subscribed(int before) {
        Mono.fromSupplier(stream::subscribers).filter(count -> count > before)
                .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(10));
    }
}
