package org.agijobs.parameters.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.PauseFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@ApiTest
class PauseChangesSubscriptionTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    MarketPause pause;
    @Autowired
    PauseChangeStream stream;

    @AfterEach
    void resume() {
        PauseFixture.resume(pause);
    }

    @Test
    void subscribersSeeThePauseAndTheResumeAfterTheyCommitted() {
        Participant guardian = jobs.participant("live.guardian", "0", "guardian");
        Participant employer = jobs.employer("live.employer", "0");
        var client = GraphQlClients.webSocket(jobs.port(), employer.token());
        int before = stream.subscribers();

        Flux<Map<String, Object>> changes = client.documentName("pauseChanges").executeSubscription()
                .map(response -> response.field("pauseChanges").<Map<String, Object>>getValue()).take(2);

        StepVerifier.create(changes)
                .then(() -> {
                    subscribed(before);
                    JobsFixture.requireNoErrors(jobs.http(guardian).documentName("pause").variable("level", "FULL")
                            .variable("reason", "Live").executeSync(), "pause");
                    pause.resume("proposal-live", PauseFixture.EXECUTOR);
                })
                .assertNext(state -> assertThat(state).containsEntry("level", "FULL").containsEntry("reason", "Live")
                        .containsKey("pausedBy"))
                .assertNext(state -> assertThat(state).containsEntry("level", "NONE").containsEntry("reason", null)
                        .containsEntry("pausedBy", null))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }

    /** Waits, without sleeping the thread, until the server has subscribed this client to the stream. */
    private void subscribed(int before) {
        Mono.fromSupplier(stream::subscribers).filter(count -> count > before)
                .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(10));
    }
}
