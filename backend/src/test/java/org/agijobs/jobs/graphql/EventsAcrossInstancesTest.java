package org.agijobs.jobs.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.ProductionApiTest;
import org.agijobs.support.TestDocuments;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Two backend instances on one database (the production-profile context is the second): a subscriber on either
 * receives the events caused on both, in chain order, resumes after its cursor without a gap or a duplicate, and
 * keeps receiving when the feed's listening connection is killed.
 */
@ApiTest
class EventsAcrossInstancesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    JobsFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobEventStream here;

    ApplicationContext there;
    int otherPort;
    final List<WebSocketGraphQlClient> clients = new ArrayList<>();

    @BeforeEach
    void startTheOtherInstance() {
        there = ProductionInstance.context();
        otherPort = there.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterEach
    void disconnect() {
        clients.forEach(client -> client.stop().block(Duration.ofSeconds(5)));
    }

    @Test
    void eventsCausedOnEitherInstanceReachASubscriberOnTheOtherInChainOrder() {
        Participant employer = fixture.employer("across.employer", "500");
        Participant agent = fixture.agent("across.agent", "100", "AI");
        JobEventStream thereStream = there.getBean(JobEventStream.class);
        int before = thereStream.subscribers();
        String[] jobs = new String[2];
        List<Map<String, Object>> received = new ArrayList<>();

        Flux<Map<String, Object>> events = subscribe(otherPort, onTheOther(employer, "employer"), null).take(4);

        StepVerifier.create(events.collectList())
                .then(() -> {
                    subscribed(thereStream, before);
                    jobs[0] = fixture.postJob(employer, "Posted here", "10");
                    jobs[1] = postJob(otherPort, onTheOther(employer, "employer"), "Posted there");
                    cancel(otherPort, onTheOther(employer, "employer"), jobs[0]);
                    JobsFixture.requireNoErrors(fixture.apply(agent, jobs[1]), "applyForJob");
                })
                .consumeNextWith(received::addAll)
                .expectComplete()
                .verify(WAIT);

        // Checked once the commands returned: an event may arrive before its command's response.
        assertThat(received).extracting(event -> event.get("type"), event -> event.get("job")).containsExactly(
                tuple("JOB_CREATED", Map.of("id", jobs[0])), tuple("JOB_CREATED", Map.of("id", jobs[1])),
                tuple("JOB_CANCELLED", Map.of("id", jobs[0])), tuple("AGENT_ASSIGNED", Map.of("id", jobs[1])));
        assertThat(received.stream().map(event -> Cursors.seqOf((String) event.get("cursor"))).toList())
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aSubscriberThatReconnectsWithItsCursorToTheOtherInstanceMissesNothing() {
        Participant employer = fixture.employer("resume.employer", "500");
        int beforeHere = here.subscribers();
        String[] jobs = new String[3];

        List<Map<String, Object>> seen = new ArrayList<>();
        StepVerifier.create(subscribe(fixture.port(), employer, null).take(1))
                .then(() -> {
                    subscribed(here, beforeHere);
                    jobs[0] = fixture.postJob(employer, "Seen", "10");
                })
                .consumeNextWith(seen::add)
                .expectComplete()
                .verify(WAIT);
        assertThat(seen.getFirst()).containsEntry("type", "JOB_CREATED").containsEntry("job", Map.of("id", jobs[0]));
        String cursor = (String) seen.getFirst().get("cursor");
        assertThat(cursor).isEqualTo(cursorOfCreation(jobs[0]));

        // Missed while disconnected: caused on both instances.
        JobsFixture.requireNoErrors(fixture.cancel(employer, jobs[0], null), "cancelJob");
        jobs[1] = postJob(otherPort, onTheOther(employer, "employer"), "Missed");
        JobEventStream thereStream = there.getBean(JobEventStream.class);
        int beforeThere = thereStream.subscribers();
        List<Map<String, Object>> resumed = new ArrayList<>();

        StepVerifier.create(subscribe(otherPort, onTheOther(employer, "employer"), cursor).take(3).collectList())
                .then(() -> {
                    subscribed(thereStream, beforeThere);
                    jobs[2] = fixture.postJob(employer, "Live after the replay", "10");
                })
                .consumeNextWith(resumed::addAll)
                .expectComplete()
                .verify(WAIT);

        assertThat(resumed).extracting(event -> event.get("type"), event -> event.get("job")).containsExactly(
                tuple("JOB_CANCELLED", Map.of("id", jobs[0])), tuple("JOB_CREATED", Map.of("id", jobs[1])),
                tuple("JOB_CREATED", Map.of("id", jobs[2])));
    }

    @Test
    void anEventSealedWhileTheFeedsConnectionIsDownIsDeliveredOnceItReconnects() {
        Participant employer = fixture.employer("lost.employer", "500");
        JobEventStream thereStream = there.getBean(JobEventStream.class);
        int before = thereStream.subscribers();
        String[] job = new String[1];
        List<Map<String, Object>> received = new ArrayList<>();

        StepVerifier.create(subscribe(otherPort, onTheOther(employer, "employer"), null).take(1))
                .then(() -> {
                    subscribed(thereStream, before);
                    List<Boolean> killed = jdbc.sql("""
                            select pg_terminate_backend(pid) from pg_stat_activity
                             where application_name = 'agijobs-audit-feed'
                            """).query(Boolean.class).list();
                    assertThat(killed).as("both instances' feed connections").hasSizeGreaterThanOrEqualTo(2);
                    job[0] = fixture.postJob(employer, "Sealed while nobody listens", "10");
                })
                .consumeNextWith(received::add)
                .expectComplete()
                .verify(WAIT);
        assertThat(received.getFirst()).containsEntry("type", "JOB_CREATED").containsEntry("job", Map.of("id", job[0]));
        Awaitility.await("both feeds listening again").atMost(WAIT).until(() -> jdbc.sql("""
                select count(*) from pg_stat_activity where application_name = 'agijobs-audit-feed'
                """).query(Integer.class).single() >= 2);
    }

    @Test
    void aCursorThatIsNotOneOfAnEventIsInvalidInput() {
        Participant employer = fixture.employer("bad.cursor", "0");

        for (String cursor : List.of("not-a-cursor", "AW8AAAAAAAAAAQ", Cursors.ofSeq(Long.MAX_VALUE))) {
            StepVerifier.create(subscribe(fixture.port(), employer, cursor))
                    .expectErrorSatisfies(error -> assertThat(error.toString()).contains("INVALID_INPUT"))
                    .verify(WAIT);
        }
    }

    private Flux<Map<String, Object>> subscribe(int port, Participant subscriber, String after) {
        WebSocketGraphQlClient client = GraphQlClients.webSocket(port, subscriber.token());
        clients.add(client);
        return client.documentName("myJobEventsResumable").variable("after", after).executeSubscription()
                .map(EventsAcrossInstancesTest::event);
    }

    /** The cursor of the job's creation, from the audit trail. */
    private String cursorOfCreation(String job) {
        long seq = jdbc.sql("""
                select max(seq) from audit_event where subject_id = :id and type = 'JobCreated'
                """).param("id", JobsFixture.uuid(job)).query(Long.class).single();
        return Cursors.ofSeq(seq);
    }

    private Participant onTheOther(Participant participant, String... roles) {
        return there.getBean(Participants.class).withRoles(participant, roles);
    }

    private String postJob(int port, Participant employer, String title) {
        ClientGraphQlResponse response = TestDocuments.http(port, employer.token()).documentName("createJob")
                .variable("input", fixture.jobInput(title, "10")).executeSync();
        JobsFixture.requireNoErrors(response, "createJob");
        return response.field("createJob.job.id").toEntity(String.class);
    }

    private static void cancel(int port, Participant employer, String job) {
        JobsFixture.requireNoErrors(TestDocuments.http(port, employer.token()).documentName("cancelJob")
                .variable("input", Map.of("jobId", job)).executeSync(), "cancelJob");
    }

    private static void subscribed(JobEventStream stream, int before) {
        Awaitility.await("the subscription").atMost(Duration.ofSeconds(10))
                .until(() -> stream.subscribers() > before);
    }

    private static Map<String, Object> event(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).isEmpty();
        return response.field("myJobEvents").getValue();
    }

    @ProductionApiTest
    static final class ProductionInstance {

        static ApplicationContext context() {
            return new TestContextManager(ProductionInstance.class).getTestContext().getApplicationContext();
        }
    }
}
