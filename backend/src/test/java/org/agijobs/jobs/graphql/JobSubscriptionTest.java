package org.agijobs.jobs.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.support.ResourceDocumentSource;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@ApiTest
class JobSubscriptionTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    JobEventStream stream;

    @Test
    void aSubscriberReceivesEveryStateChangeOfItsJobAfterItCommitted() {
        Participant employer = fixture.employer("watched.employer", "500");
        Participant agent = fixture.agent("watched.agent", "100", "AI");
        String job = fixture.postJob(employer, "Watched", "100");
        String other = fixture.postJob(employer, "Not watched", "100");
        var client = GraphQlClients.webSocket(fixture.port(), employer.token()).mutate()
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
                        ResourceDocumentSource.FILE_EXTENSIONS))
                .build();
        String agentHandle = handleOf(agent);
        int before = stream.subscribers();

        Flux<Map<String, Object>> events = client.documentName("jobEvents").variable("jobId", job)
                .executeSubscription().map(JobSubscriptionTest::event).take(3);

        StepVerifier.create(events)
                .then(() -> {
                    subscribed(before);
                    JobsFixture.requireNoErrors(fixture.cancel(employer, other, null), "cancelJob");
                    JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
                    JobsFixture.requireNoErrors(fixture.submit(agent, job, "99".repeat(32), null), "submitResult");
                })
                .assertNext(event -> assertThat(event).containsEntry("type", "AGENT_ASSIGNED")
                        .containsEntry("state", "ASSIGNED"))
                .assertNext(event -> assertThat(event).containsEntry("type", "RESULT_SUBMITTED")
                        .containsEntry("state", "SUBMITTED"))
                .assertNext(event -> {
                    assertThat(event).containsEntry("type", "VALIDATION_REQUESTED").containsEntry("state", "VALIDATING");
                    // The job as delivered: voting (VALIDATING) or, with too few validators, with a moderator.
                    @SuppressWarnings("unchecked")
                    Map<String, Object> delivered = (Map<String, Object>) event.get("job");
                    assertThat(delivered).containsEntry("id", job).containsEntry("agent", Map.of("handle", agentHandle));
                    assertThat(delivered.get("state")).isIn("VALIDATING", "DISPUTED");
                })
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void myJobEventsDeliversTheChangesOfTheCallersOwnJobsOnly() {
        Participant employer = fixture.employer("mine.employer", "500");
        Participant agent = fixture.agent("mine.agent", "100", "HUMAN");
        Participant stranger = fixture.employer("stranger.employer", "500");
        String job = fixture.postJob(employer, "Mine", "100");
        var client = GraphQlClients.webSocket(fixture.port(), agent.token());
        int before = stream.subscribers();

        Flux<Map<String, Object>> events = client
                .documentName("myJobEventsBrief").executeSubscription()
                .map(response -> response.field("myJobEvents").<Map<String, Object>>getValue()).take(1);

        StepVerifier.create(events)
                .then(() -> {
                    subscribed(before);
                    fixture.postJob(stranger, "Someone else's", "100");
                    JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
                })
                .assertNext(event -> assertThat(event).containsEntry("type", "AGENT_ASSIGNED")
                        .containsEntry("job", Map.of("id", job)))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void matchingJobEventsDeliversTheJobsEnteringAndLeavingTheAgentsBoardOnly() {
        String skill = "live-" + UUID.randomUUID().toString().substring(0, 8);
        Participant employer = fixture.employer("board.employer", "500");
        Participant watcher = fixture.agent("board.watcher", "100", "AI", skill);
        Participant rival = fixture.agent("board.rival", "100", "AI", skill);
        var client = GraphQlClients.webSocket(fixture.port(), watcher.token());
        int before = stream.subscribers();
        String[] fits = new String[1];

        Flux<Map<String, Object>> events = client
                .documentName("matchingJobEventsBrief").executeSubscription()
                .map(response -> response.field("matchingJobEvents").<Map<String, Object>>getValue()).take(2);

        // An event's fields are read when it is delivered: the rival applies once the job's arrival is seen, so
        // the standing the watcher sees is the one of the open job.
        StepVerifier.create(events)
                .then(() -> {
                    subscribed(before);
                    fixture.postJob(employer, "Needs another skill", "10", skill, "rocket-science");
                    fits[0] = fixture.postJob(employer, "Fits", "10", skill);
                })
                // The standing is the subscriber's own, over graphql-ws too: ranked while open, gone once taken.
                .assertNext(created -> assertThat(created).isEqualTo(Map.of("type", "JOB_CREATED",
                        "job", Map.of("id", fits[0], "myStanding", Map.of("rankedAgents", 2)))))
                .then(() -> JobsFixture.requireNoErrors(fixture.apply(rival, fits[0]), "applyForJob"))
                .assertNext(assigned -> assertThat(assigned)
                        .isEqualTo(Map.of("type", "AGENT_ASSIGNED", "job", nullStanding(fits[0]))))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void matchingJobEventsIsForAgentsOnly() {
        Participant employer = fixture.employer("board.outsider", "0");
        var client = GraphQlClients.webSocket(fixture.port(), employer.token());

        StepVerifier.create(client.documentName("matchingJobEventsBrief").executeSubscription())
                .expectErrorSatisfies(error -> assertThat(error.toString()).contains("FORBIDDEN"))
                .verify(Duration.ofSeconds(30));
        client.stop().block(Duration.ofSeconds(5));
    }

    private static Map<String, Object> nullStanding(String job) {
        Map<String, Object> expected = new HashMap<>();
        expected.put("id", job);
        expected.put("myStanding", null);
        return expected;
    }

    /** Waits, without sleeping the thread, until the server has subscribed this client to the event stream. */
    private void subscribed(int before) {
        Mono.fromSupplier(stream::subscribers).filter(count -> count > before)
                .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(10));
    }

    private String handleOf(Participant actor) {
        return fixture.http(actor).documentName("myHandle").executeSync()
                .field("me.participant.handle").toEntity(String.class);
    }

    private static Map<String, Object> event(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).isEmpty();
        return response.field("jobEvents").getValue();
    }
}
