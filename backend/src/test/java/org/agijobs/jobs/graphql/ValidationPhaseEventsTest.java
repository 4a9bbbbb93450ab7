package org.agijobs.jobs.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A job's subscribers follow validation step by step; a validator sees its open committee seats. */
@ApiTest
class ValidationPhaseEventsTest {

    @Autowired
    JobsFixture fixture;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;

    @Autowired
    JobEventStream stream;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void everyPhaseOfValidationAndTheSettlementReachTheJobsSubscribersInOrder() {
        List<Participant> pool = validation.pool("phased.validator", 3);
        Participant employer = fixture.employer("phased.employer", "2000");
        Participant agent = fixture.agent("phased.agent", "100", "AI");
        String job = fixture.postJob(employer, "Phased", "1000");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        var client = GraphQlClients.webSocket(fixture.port(), employer.token()).mutate()
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
                        ResourceDocumentSource.FILE_EXTENSIONS))
                .build();
        int before = stream.subscribers();

        var types = client.documentName("jobEvents").variable("jobId", job).executeSubscription()
                .map(response -> (String) response.field("jobEvents.type").getValue()).take(12).collectList();

        StepVerifier.create(types)
                .then(() -> {
                    Mono.fromSupplier(stream::subscribers).filter(count -> count > before)
                            .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofMillis(20)))
                            .block(Duration.ofSeconds(10));
                    JobsFixture.requireNoErrors(fixture.submit(agent, job, "a1".repeat(32), null), "submitResult");
                    assertThat(assignments(pool.getFirst())).contains(job);
                    validation.vote(job, Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
                    assertThat(assignments(pool.getFirst())).doesNotContain(job);
                    settlement.endChallengeWindow(job);
                })
                .assertNext(received -> assertThat(received).containsExactly("RESULT_SUBMITTED", "VALIDATION_REQUESTED",
                        "COMMITTEE_SELECTED", "VOTE_COMMITTED", "VOTE_COMMITTED", "VOTE_COMMITTED",
                        "REVEAL_PHASE_STARTED", "VOTE_REVEALED", "VOTE_REVEALED", "VOTE_REVEALED",
                        "VALIDATION_COMPLETED", "JOB_FINALIZED"))
                .expectComplete()
                .verify(Duration.ofSeconds(60));
        client.stop().block(Duration.ofSeconds(5));
    }

    private List<String> assignments(Participant validator) {
        return fixture.http(validator).documentName("myCommitteeAssignments").executeSync()
                .field("myCommitteeAssignments").toEntityList(Map.class).stream()
                .map(assignment -> (String) ((Map<?, ?>) assignment.get("job")).get("id")).toList();
    }
}
