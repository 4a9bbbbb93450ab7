package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.CommitteeDraw.Candidate;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may sit on a committee, what the draw publishes, and what happens without enough validators. */
@ApiTest
class CommitteeSelectionTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void anyoneCanReRunTheDrawFromTheSeedAndCandidatesTheApiPublishes() {
        List<Participant> pool = validation.pool("drawn.validator", 5);
        Delivered delivered = validation.delivered("drawn", "100");

        Map<String, Object> committee = jobs.http(delivered.employer()).documentName("committeeDraw").variable("job", delivered.job()).executeSync().field("committee").toEntity(Map.class);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> candidates = (List<Map<String, String>>) committee.get("candidates");
        List<UUID> redrawn = CommitteeDraw.draw((String) committee.get("seed"), candidates.stream()
                .map(c -> new Candidate(UUID.fromString(c.get("validatorUuid")), Money.of(c.get("weight")))).toList(), 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) committee.get("members");
        assertThat(committee.get("phase")).isEqualTo("COMMIT");
        assertThat(candidates).hasSize(5);
        assertThat(members).extracting(member -> JobsFixture.uuid((String) ((Map<?, ?>) member.get("validator")).get("id")))
                .containsExactlyElementsOf(redrawn);
        assertThat(members).extracting(member -> Money.of((String) member.get("lockedStake")))
                .containsOnly(ValidationFixture.POOL_STAKE);
        assertThat(pool.stream().map(Participant::id).toList()).containsAll(redrawn);
    }

    @Test
    void theEmployerTheAgentTheBlacklistedTheBannedAndTheUnderStakedAreNeverDrawn() {
        // Six eligible validators: the first job's committee stays silent and is banned for a day.
        List<Participant> pool = validation.pool("eligible.validator", 6);
        Delivered first = validation.delivered("ban-source", "100");
        List<UUID> banned = validation.members(first.job());
        validation.advance(Duration.ofHours(2));
        validation.runDeadline(first.job());
        // Their first seats still lock their stake: with another free minimum, only the ban keeps them out.
        pool.stream().filter(member -> banned.contains(member.id())).forEach(member -> {
            jobs.fund(member.id(), ValidationFixture.POOL_STAKE);
            stakeAsValidator(member, ValidationFixture.POOL_STAKE.value().toPlainString());
        });
        // Candidates by stake that must not be drawn for the next job.
        Participant blacklisted = validation.pool("blacklisted.validator", 1).getFirst();
        jobs.blacklist(blacklisted);
        Participant understaked = jobs.participant("understaked.validator", "1000", "validator");
        validation.setParameter("MIN_STAKE_VALIDATOR", "1000");
        stakeAsValidator(understaked, "1000");
        validation.setParameter("MIN_STAKE_VALIDATOR", ValidationFixture.POOL_STAKE.value().toPlainString());
        Participant employer = jobs.participant("validating.employer", "110000", "employer", "validator");
        stakeAsValidator(employer, ValidationFixture.POOL_STAKE.value().toPlainString());
        validation.track(employer);
        Participant agent = jobs.agent("validating.agent", "100", "AI");
        String job = jobs.postJob(employer, "Exclusions", "100");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");

        JobsFixture.requireNoErrors(jobs.submit(agent, job, "ef".repeat(32), null), "submitResult");

        List<UUID> expected = pool.stream().map(Participant::id).filter(id -> !banned.contains(id)).toList();
        assertThat(jobs.state(first.job())).isEqualTo("DISPUTED");
        assertThat(banned).hasSize(3);
        assertThat(validation.members(job)).containsExactlyInAnyOrderElementsOf(expected)
                .doesNotContain(blacklisted.id(), understaked.id(), employer.id(), agent.id());
    }

    private void stakeAsValidator(Participant actor, String amount) {
        JobsFixture.requireNoErrors(jobs.http(actor).documentName("stakeForJobs").variable("role", "VALIDATOR")
                .variable("amount", amount).executeSync(), "depositStake");
    }

    @Test
    void concurrentDeliveriesNeverCountTwiceOnTheSameFreeStake() throws Exception {
        // A seat locks all of a member's free stake: six validators have room for exactly two committees.
        validation.pool("busy.validator", 6);
        Participant employer = jobs.employer("busy.employer", "10000");
        List<Participant> agents = IntStream.range(0, 6).mapToObj(i -> jobs.agent("busy.agent" + i, "100", "AI")).toList();
        List<String> posted = IntStream.range(0, 6).mapToObj(i -> jobs.postJob(employer, "Busy " + i, "100")).toList();
        IntStream.range(0, 6).forEach(i -> JobsFixture.requireNoErrors(jobs.apply(agents.get(i), posted.get(i)), "applyForJob"));

        List<Callable<List<JobsFixture.Refusal>>> submissions = IntStream.range(0, 6)
                .<Callable<List<JobsFixture.Refusal>>>mapToObj(i -> () -> JobsFixture.errors(
                        jobs.submit(agents.get(i), posted.get(i), "%064x".formatted(i + 7), null), "submitResult"))
                .toList();
        List<List<JobsFixture.Refusal>> refusals = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            for (Future<List<JobsFixture.Refusal>> done : threads.invokeAll(submissions)) {
                refusals.add(done.get());
            }
        }

        assertThat(refusals).allSatisfy(errors -> assertThat(errors).isEmpty());
        assertThat(posted.stream().map(jobs::state).toList())
                .containsExactlyInAnyOrder("VALIDATING", "VALIDATING", "DISPUTED", "DISPUTED", "DISPUTED", "DISPUTED");
        List<UUID> seated = posted.stream().flatMap(job -> validation.members(job).stream()).toList();
        assertThat(seated).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void withTooFewEligibleValidatorsTheJobGoesStraightToAModerator() {
        validation.pool("lonely.validator", 2);

        Delivered delivered = validation.delivered("no-committee", "100");

        assertThat(jobs.state(delivered.job())).isEqualTo("DISPUTED");
        Map<String, Object> job = jobs.http(delivered.employer()).documentName("jobEscalation").variable("job", delivered.job()).executeSync().field("node").toEntity(Map.class);
        assertThat(job.get("escalationReason")).isEqualTo("NO_COMMITTEE");
        assertThat(job.get("dispute")).isEqualTo(Map.of("kind", "NO_COMMITTEE"));
        assertThat(job.get("committee")).isEqualTo(Map.of("phase", "NO_COMMITTEE", "members", List.of()));
    }
}
