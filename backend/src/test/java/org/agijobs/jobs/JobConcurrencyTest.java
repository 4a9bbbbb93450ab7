package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

@ApiTest
class JobConcurrencyTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    JobEventRecorder events;

    @Test
    void twentyAgentsApplyingAtOnceLeaveExactlyOneAssignedWithItsStakeLockedOnce() throws Exception {
        Participant employer = fixture.employer("contested.employer", "500");
        String job = fixture.postJob(employer, "Contested", "100");
        List<Participant> agents = IntStream.range(0, 20).mapToObj(i -> fixture.agent("racer" + i, "100", "AI")).toList();

        List<ClientGraphQlResponse> responses = all(agents.stream()
                .<Callable<ClientGraphQlResponse>>map(agent -> () -> fixture.apply(agent, job)).toList());

        List<String> assigned = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (ClientGraphQlResponse response : responses) {
            assertThat(response.getErrors()).isEmpty();
            var errors = JobsFixture.errors(response, "applyForJob");
            if (errors.isEmpty()) {
                assigned.add(response.field("applyForJob.job.agent.id").toEntity(String.class));
            } else {
                refusals.add(errors.getFirst().code());
            }
        }
        assertThat(assigned).hasSize(1);
        assertThat(refusals).hasSize(19).containsOnly("INVALID_STATE");
        assertThat(fixture.state(job)).isEqualTo("ASSIGNED");
        Participant winner = agents.stream().filter(agent -> agent.globalId().equals(assigned.getFirst())).findFirst()
                .orElseThrow();
        for (Participant agent : agents) {
            Money locked = fixture.balance(new AccountRef(AccountKind.LOCKED_AGENT, agent.id()));
            assertThat(locked).as(agent.globalId()).isEqualTo(agent == winner ? Money.of(1) : Money.ZERO);
        }
        assertThat(events.of(JobsFixture.uuid(job))).map(JobEvent::state)
                .containsExactly(JobState.CREATED, JobState.ASSIGNED);
        assertThat(fixture.count("select count(*) from scheduled_tasks where task_name = 'job-expiry' "
                + "and task_instance = :job", Map.of("job", JobsFixture.uuid(job).toString()))).isEqualTo(1);
    }

    @Test
    void twoHundredConcurrentIdenticalSubmitsWithOneKeyHaveOneEffect() throws Exception {
        Participant employer = fixture.employer("patient.employer", "500");
        Participant agent = fixture.agent("eager.agent", "100", "HUMAN");
        String job = fixture.postJob(employer, "Once only", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        String result = "cd".repeat(32);

        List<ClientGraphQlResponse> responses = all(IntStream.range(0, 200)
                .<Callable<ClientGraphQlResponse>>mapToObj(i -> () -> fixture.submit(agent, job, result, "submit-once"))
                .toList());

        for (ClientGraphQlResponse response : responses) {
            assertThat(response.getErrors()).isEmpty();
            assertThat(JobsFixture.errors(response, "submitResult")).isEmpty();
            assertThat(response.field("submitResult.job.state").toEntity(String.class)).isIn("VALIDATING", "DISPUTED");
        }
        assertThat(fixture.count("select count(*) from idempotency_record where idempotency_key = 'submit-once' "
                + "and caller_subject like 'subject-of-eager.agent%'", Map.of())).isEqualTo(1);
        // One submission's events, then validation's own (a committee drawn, or the escalation to a moderator).
        assertThat(events.of(JobsFixture.uuid(job))).map(JobEvent::state)
                .startsWith(JobState.CREATED, JobState.ASSIGNED, JobState.SUBMITTED, JobState.VALIDATING)
                .filteredOn(state -> state == JobState.SUBMITTED).hasSize(1);
        String submittedAt = responses.getFirst().field("submitResult.job.submittedAt").toEntity(String.class);
        assertThat(responses).allSatisfy(response -> assertThat(
                response.field("submitResult.job.submittedAt").toEntity(String.class)).isEqualTo(submittedAt));
    }

    private static List<ClientGraphQlResponse> all(List<Callable<ClientGraphQlResponse>> calls) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 32))) {
            List<ClientGraphQlResponse> responses = new ArrayList<>();
            for (Future<ClientGraphQlResponse> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
