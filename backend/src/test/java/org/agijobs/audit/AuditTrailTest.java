package org.agijobs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.audit.internal.ChainSealer;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.participants.ParticipantRegistered;
import org.agijobs.platform.security.Actors;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail through the API: what a change records, what a rollback leaves, the chain and its check. */
@ApiTest
class AuditTrailTest {

    record Event(String type, String actor, String occurredAt, String subjectType, String subjectId,
            String payload, Integer seq, String prevHash, String hash) {
    }

    @Autowired
    JobsFixture fixture;
    @Autowired
    ChainSealer sealer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void postingAJobRecordsJobCreatedWithItsActorAndSubject() {
        Participant employer = fixture.employer("audited.employer", "500");
        String job = fixture.postJob(employer, "Audited", "100");

        List<Event> recorded = events(auditor(), Map.of("subjectId", job));

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("JobCreated");
            assertThat(event.actor()).isEqualTo(employer.subject());
            assertThat(event.subjectType()).isEqualTo("JOB");
            assertThat(event.subjectId()).isEqualTo(job);
            assertThat(event.payload()).contains(JobsFixture.uuid(job).toString()).contains("\"reward\"");
        });
    }

    @Test
    void aRefusedMutationRecordsNothing() {
        Participant employer = fixture.employer("audited.poor.employer", "10");

        JobsFixture.Refusal refusal = JobsFixture.errors(
                fixture.createJob(employer, fixture.jobInput("Unaffordable", "100")), "createJob").getFirst();

        assertThat(refusal.code()).isNotBlank();
        assertThat(events(auditor(), Map.of("actor", employer.subject(), "type", "JobCreated"))).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() {
        UUID participant = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new ParticipantRegistered(participant, "rolled.back"));
            assertThat(count(participant)).isEqualTo(1);
            throw new IllegalStateException("the change fails after its event");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count(participant)).isZero();
    }

    @Test
    void workOfTheSchedulerIsRecordedAsTheSchedulers() {
        UUID participant = UUID.randomUUID();

        Actors.runAs(Actors.SCHEDULER, () -> transactions.execute(status -> {
            events.publishEvent(new ParticipantRegistered(participant, "scheduled.registration"));
            return null;
        }));

        assertThat(jdbc.sql("select actor from audit_event where subject_id = :id").param("id", participant)
                .query(String.class).single()).isEqualTo("system:scheduler");
    }

    @Test
    void concurrentChangesAndSealersStillMakeOneUnbrokenChain() throws Exception {
        Participant employer = fixture.employer("concurrent.audited.employer", "5000");
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Concurrent " + i;
            work.add(() -> fixture.postJob(employer, title, "10"));
        }
        for (int i = 0; i < 4; i++) {
            work.add(() -> sealer.sealNow());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<Object> done : pool.invokeAll(work)) {
                done.get();
            }
        }
        sealer.sealNow();

        List<Event> created = events(auditor(), Map.of("actor", employer.subject(), "type", "JobCreated"));
        assertThat(created).hasSize(8).allSatisfy(event -> assertThat(event.seq()).isNotNull());
        assertThat(created).extracting(Event::seq).doesNotHaveDuplicates();
        assertThat(verify(auditor(), null, null)).containsEntry("valid", true);
    }

    @Test
    void theSealerLinksEventsInCommitOrderAndTheChainHolds() {
        Participant employer = fixture.employer("sealed.employer", "500");
        String first = fixture.postJob(employer, "Sealed first", "100");
        String second = fixture.postJob(employer, "Sealed second", "100");

        sealer.sealNow();

        Event one = events(auditor(), Map.of("subjectId", first)).getFirst();
        Event two = events(auditor(), Map.of("subjectId", second)).getFirst();
        assertThat(one.seq()).isNotNull();
        assertThat(two.seq()).isGreaterThan(one.seq());
        if (two.seq() == one.seq() + 1) {
            assertThat(two.prevHash()).isEqualTo(one.hash());
        }
        assertThat(one.hash()).hasSize(64);
        assertThat(two.hash()).hasSize(64).isNotEqualTo(one.hash());
        Map<String, Object> verification = verify(auditor(), null, null);
        assertThat(verification).containsEntry("valid", true).containsEntry("firstBrokenSeq", null);
        assertThat((Integer) verification.get("checked")).isGreaterThanOrEqualTo(two.seq());
        assertThat(verify(auditor(), one.seq(), two.seq())).containsEntry("valid", true)
                .containsEntry("checked", two.seq() - one.seq() + 1);
    }

    @Test
    void anEditedPayloadIsReportedAsTheFirstBrokenLink() {
        Participant employer = fixture.employer("tampered.employer", "500");
        String job = fixture.postJob(employer, "Tampered", "100");
        sealer.sealNow();
        Event event = events(auditor(), Map.of("subjectId", job)).getFirst();
        assertThat(verify(auditor(), null, null)).containsEntry("valid", true);

        // As the platform's own database user: the append-only trigger refuses.
        assertThatThrownBy(() -> jdbc.sql("update audit_event set payload = '{}' where seq = :seq")
                .param("seq", event.seq()).update()).hasMessageContaining("sealed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = :seq")
                .param("seq", event.seq()).update()).hasMessageContaining("append-only");

        // As a superuser who turns triggers off for the session.
        edit(event.seq(), "jsonb_set(payload, '{reward,value}', '1000')");
        try {
            assertThat(verify(auditor(), null, null)).containsEntry("valid", false)
                    .containsEntry("firstBrokenSeq", event.seq())
                    .containsEntry("checked", event.seq() - 1)
                    .containsEntry("reason", "Its content does not match its hash");
            assertThat(verify(auditor(), event.seq() + 1, null)).containsEntry("valid", true);
        } finally {
            edit(event.seq(), "cast(:original as jsonb)", event.payload());
        }
        assertThat(verify(auditor(), null, null)).containsEntry("valid", true);
    }

    @Test
    void aCommitAsksForASealSoTheEventIsLinkedWithoutWaitingForThePeriodicRun() {
        Participant employer = fixture.employer("promptly.sealed.employer", "500");
        String job = fixture.postJob(employer, "Sealed promptly", "100");

        // The periodic run is an hour away in tests: only the commit's own seal request can link the event.
        Awaitility.await("the after-commit seal").atMost(Duration.ofSeconds(10))
                .until(() -> events(auditor(), Map.of("subjectId", job)).getFirst().seq() != null);
    }

    @Test
    void theTableRefusesEveryChangeButSealingEvenBeforeSealing() {
        UUID participant = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new ParticipantRegistered(participant, "edited.before.sealing"));
            jdbc.sql("update audit_event set actor = 'someone else' where subject_id = :id")
                    .param("id", participant).update();
        })).hasMessageContaining("may only be sealed");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("truncate audit_event").update();
        })).hasMessageContaining("append-only");
        assertThat(count(participant)).isZero();
    }

    @Test
    void filtersAndPagesTheTrail() {
        Participant employer = fixture.employer("paged.employer", "500");
        fixture.postJob(employer, "Paged one", "100");
        fixture.postJob(employer, "Paged two", "100");
        fixture.postJob(employer, "Paged three", "100");
        Map<String, Object> mine = Map.of("actor", employer.subject(), "type", "JobCreated");

        ClientGraphQlResponse page = page(auditor(), mine, 2, null);
        assertThat(page.field("auditEvents.edges").toEntityList(Map.class)).hasSize(2);
        assertThat(page.field("auditEvents.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
        ClientGraphQlResponse rest = page(auditor(), mine, 2,
                page.field("auditEvents.pageInfo.endCursor").toEntity(String.class));
        assertThat(rest.field("auditEvents.edges").toEntityList(Map.class)).hasSize(1);
        assertThat(rest.field("auditEvents.pageInfo.hasNextPage").toEntity(Boolean.class)).isFalse();

        String later = fixture.now().plus(1, ChronoUnit.DAYS).toString();
        assertThat(events(auditor(), Map.of("actor", employer.subject(), "from", later))).isEmpty();
        assertThat(events(auditor(), Map.of("actor", employer.subject(), "to", later)))
                .extracting(Event::type).contains("ParticipantRegistered", "JobCreated");
        assertThat(events(auditor(), Map.of("actor", employer.subject(), "subjectType", "PROPOSAL"))).isEmpty();
        assertThat(events(auditor(), Map.of("subjectId", employer.globalId(), "subjectType", "JOB"))).isEmpty();
        assertThat(events(auditor(), Map.of("subjectId", employer.globalId())))
                .extracting(Event::type).contains("ParticipantRegistered");
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        ClientGraphQlResponse response = page(auditor(), Map.of(), 1, "bm90LWEtY3Vyc29y");

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "employer", "agent", "validator", "moderator", "guardian", "integrator"})
    void onlyOwnersAndIntegratorsReadTheTrail(String role) {
        Participant caller = fixture.participant("audit.reader." + role, "0", role);
        boolean allowed = role.equals("owner") || role.equals("integrator");

        List<ClientGraphQlResponse> responses = List.of(page(caller, Map.of(), 1, null),
                fixture.http(caller).documentName("verifyAuditChain").executeSync());

        responses.forEach(response -> {
            if (allowed) {
                assertThat(response.getErrors()).isEmpty();
            } else {
                assertThat(response.getErrors()).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
            }
        });
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        ClientGraphQlResponse response = fixture.http(auditor()).documentName("verifyAuditChain")
                .variable("from", 5).variable("to", 4).executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
    }

    private Participant auditor() {
        return fixture.participant("auditor", "0", "integrator");
    }

    private List<Event> events(Participant caller, Map<String, Object> filter) {
        ClientGraphQlResponse response = page(caller, filter, 100, null);
        assertThat(response.getErrors()).isEmpty();
        return response.field("auditEvents.edges").toEntityList(Map.class).stream()
                .map(edge -> (Map<?, ?>) edge.get("node"))
                .map(AuditTrailTest::event).toList();
    }

    private ClientGraphQlResponse page(Participant caller, Map<String, Object> filter, int first, String after) {
        var request = fixture.http(caller).documentName("auditEvents").variable("filter", filter)
                .variable("first", first);
        return (after == null ? request : request.variable("after", after)).executeSync();
    }

    private static Event event(Map<?, ?> node) {
        return new Event((String) node.get("type"), (String) node.get("actor"), (String) node.get("occurredAt"),
                (String) node.get("subjectType"), (String) node.get("subjectId"), (String) node.get("payload"),
                (Integer) node.get("seq"), (String) node.get("prevHash"), (String) node.get("hash"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> verify(Participant caller, Integer from, Integer to) {
        ClientGraphQlResponse response = fixture.http(caller).documentName("verifyAuditChain")
                .variable("from", from).variable("to", to).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("verifyAuditChain").toEntity(Map.class);
    }

    private void edit(long seq, String payload, Object... original) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            var update = jdbc.sql("update audit_event set payload = " + payload + " where seq = :seq")
                    .param("seq", seq);
            if (original.length > 0) {
                update = update.param("original", original[0]);
            }
            assertThat(update.update()).isEqualTo(1);
        });
    }

    private long count(UUID subject) {
        return jdbc.sql("select count(*) from audit_event where subject_id = :id").param("id", subject)
                .query(Long.class).single();
    }
}
