package org.agijobs.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.internal.JobExpirer;
import org.agijobs.platform.scheduling.DeadlineHandler;
import org.agijobs.platform.scheduling.Deadlines;
import org.agijobs.settlement.internal.ChallengeWindowRunner;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.agijobs.validation.internal.ValidationDeadlineRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nobody is penalised for a FULL pause: scheduled work waits for the resume and then runs, and every window still
 * open when FULL began is extended by the time the market stood still, its scheduled end with it.
 */
@ApiTest
class PausedDeadlinesTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    MarketPause pause;
    @Autowired
    DueExecutions due;
    @Autowired
    MutableClock clock;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        PauseFixture.resume(pause);
        validation.cleanUp();
    }

    @Test
    void aCommitWindowThatEndsDuringFullIsExtendedByThePauseAndTheTallyWaitsForIt() {
        List<Participant> pool = validation.pool("paused.validator", 3);
        Delivered delivered = validation.delivered("paused", "1000");
        UUID job = JobsFixture.uuid(delivered.job());
        Instant commitEnds = committeeInstant(job, "commit_ends_at");
        Instant revealEnds = committeeInstant(job, "reveal_ends_at");
        clock.advance(Duration.ofMinutes(10));
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.FULL, "Halting the vote");
        Instant fullSince = pause.state().fullSince();

        clock.advance(Duration.ofHours(3));
        due.run();

        assertThat(committeePhase(job)).as("no phase change or tally while FULL").isEqualTo("COMMIT");
        assertThat(jobs.state(delivered.job())).isEqualTo("VALIDATING");
        assertThat(JobsFixture.errors(validation.commit(pool.get(0), delivered.job(), true), "commitVote"))
                .extracting(JobsFixture.Refusal::code).containsExactly("PAUSED");

        pause.resume("proposal-resume-vote", PauseFixture.EXECUTOR);
        Duration paused = Duration.between(fullSince, pause.state().since());

        assertThat(committeeInstant(job, "commit_ends_at")).isEqualTo(commitEnds.plus(paused));
        assertThat(committeeInstant(job, "reveal_ends_at")).isEqualTo(revealEnds.plus(paused));
        assertThat(deadlines.scheduledAt(ValidationDeadlineRunner.KIND, job)).hasValueSatisfying(at ->
                assertThat(at).isCloseTo(commitEnds.plus(paused), within(1, ChronoUnit.MILLIS)));
        pool.forEach(member -> JobsFixture.requireNoErrors(validation.commit(member, delivered.job(), true), "commitVote"));
        due.run();
        assertThat(committeePhase(job)).isEqualTo("COMMIT");

        clock.advance(Duration.between(clock.instant(), commitEnds.plus(paused)).plusSeconds(1));
        due.run();
        assertThat(committeePhase(job)).isEqualTo("REVEAL");
        JobsFixture.requireNoErrors(validation.reveal(pool.get(0), delivered.job(), true), "revealVote");
        JobsFixture.requireNoErrors(validation.reveal(pool.get(1), delivered.job(), true), "revealVote");
        JobsFixture.requireNoErrors(validation.reveal(pool.get(2), delivered.job(), true), "revealVote");
        assertThat(committeePhase(job)).isEqualTo("TALLIED");
        assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");
    }

    @Test
    void theTallyThatCameDueDuringFullRunsAfterTheResumeAtTheExtendedEnd() {
        List<Participant> pool = validation.pool("late.validator", 3);
        Delivered delivered = validation.delivered("late", "1000");
        UUID job = JobsFixture.uuid(delivered.job());
        pool.forEach(member -> JobsFixture.requireNoErrors(validation.commit(member, delivered.job(), true), "commitVote"));
        clock.advance(Duration.ofMinutes(61));
        due.run();
        assertThat(committeePhase(job)).isEqualTo("REVEAL");
        Instant revealEnds = committeeInstant(job, "reveal_ends_at");
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.FULL, "Halting the tally");

        clock.advance(Duration.ofHours(2));
        due.run();
        assertThat(committeePhase(job)).as("the tally waits while FULL").isEqualTo("REVEAL");

        Instant fullSince = pause.state().fullSince();
        pause.resume("proposal-resume-tally", PauseFixture.EXECUTOR);
        Duration paused = Duration.between(fullSince, pause.state().since());
        assertThat(committeeInstant(job, "reveal_ends_at")).isEqualTo(revealEnds.plus(paused));
        JobsFixture.requireNoErrors(validation.reveal(pool.get(0), delivered.job(), true), "revealVote");
        due.run();
        assertThat(committeePhase(job)).isEqualTo("REVEAL");

        clock.advance(Duration.between(clock.instant(), revealEnds.plus(paused)).plusSeconds(1));
        due.run();
        assertThat(committeePhase(job)).as("tallied once the extended reveal window closed").isEqualTo("TALLIED");
    }

    @Test
    void aDeliveryDeadlineThatPassesDuringFullIsExtendedAndTheJobDoesNotExpire() {
        Participant employer = jobs.employer("paused.employer", "1000");
        Participant agent = jobs.agent("paused.agent", "100", "AI");
        String job = jobs.postJob(employer, "Paused delivery", "100");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        Instant deadline = jobInstant(job, "deadline");
        Instant expiresAt = jobInstant(job, "expires_at");
        clock.advance(Duration.ofDays(1));
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.FULL, "Halting delivery");
        Instant fullSince = pause.state().fullSince();

        clock.advance(Duration.ofDays(4));
        due.run();
        assertThat(jobs.state(job)).as("no expiry while FULL").isEqualTo("ASSIGNED");

        pause.resume("proposal-resume-delivery", PauseFixture.EXECUTOR);
        Duration paused = Duration.between(fullSince, pause.state().since());
        assertThat(jobInstant(job, "deadline")).isEqualTo(deadline.plus(paused));
        assertThat(jobInstant(job, "expires_at")).isEqualTo(expiresAt.plus(paused));
        assertThat(deadlines.scheduledAt(JobExpirer.KIND, JobsFixture.uuid(job))).hasValueSatisfying(at ->
                assertThat(at).isCloseTo(expiresAt.plus(paused), within(1, ChronoUnit.MILLIS)));
        due.run();
        assertThat(jobs.state(job)).isEqualTo("ASSIGNED");
        JobsFixture.requireNoErrors(jobs.submit(agent, job, "cd".repeat(32), null), "submitResult");
    }

    @Test
    void anExpiryDueBeforeFullBeganWaitsAndRunsAfterTheResumeUnextended() {
        Participant employer = jobs.employer("overdue.employer", "1000");
        Participant agent = jobs.agent("overdue.agent", "100", "AI");
        String job = jobs.postJob(employer, "Overdue delivery", "100");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        Instant expiresAt = jobInstant(job, "expires_at");
        clock.advance(Duration.between(clock.instant(), expiresAt).plusMinutes(1));
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.FULL, "Halting expiry");

        due.run();
        clock.advance(Duration.ofHours(1));
        due.run();
        assertThat(jobs.state(job)).as("no expiry while FULL").isEqualTo("ASSIGNED");

        pause.resume("proposal-resume-expiry", PauseFixture.EXECUTOR);
        assertThat(jobInstant(job, "expires_at")).as("it had passed before FULL began").isEqualTo(expiresAt);
        clock.advance(DeadlineHandler.HELD_RETRY);
        due.run();
        assertThat(jobs.state(job)).isEqualTo("EXPIRED");
    }

    @Test
    void aChallengeWindowThatEndsDuringFullIsExtendedAndSettlementWaitsForIt() {
        List<Participant> pool = validation.pool("challenged.validator", 3);
        Delivered delivered = validation.delivered("challenged", "1000");
        validation.vote(delivered.job(), java.util.Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");
        Instant challengeEnds = jobInstant(delivered.job(), "challenge_ends_at");
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.FULL, "Halting settlement");
        Instant fullSince = pause.state().fullSince();

        clock.advance(Duration.between(clock.instant(), challengeEnds).plusHours(1));
        due.run();
        assertThat(jobs.state(delivered.job())).as("no settlement while FULL").isEqualTo("COMPLETED");

        pause.resume("proposal-resume-settlement", PauseFixture.EXECUTOR);
        Duration paused = Duration.between(fullSince, pause.state().since());
        assertThat(jobInstant(delivered.job(), "challenge_ends_at")).isEqualTo(challengeEnds.plus(paused));
        assertThat(deadlines.scheduledAt(ChallengeWindowRunner.KIND, JobsFixture.uuid(delivered.job())))
                .hasValueSatisfying(at -> assertThat(at).isCloseTo(challengeEnds.plus(paused), within(1, ChronoUnit.MILLIS)));
        due.run();
        assertThat(jobs.state(delivered.job())).as("the party may still dispute").isEqualTo("COMPLETED");

        clock.advance(Duration.between(clock.instant(), challengeEnds.plus(paused)).plusSeconds(1));
        due.run();
        assertThat(jobs.state(delivered.job())).isEqualTo("FINALIZED");
    }

    private String committeePhase(UUID job) {
        return jdbc.sql("select phase from committee where job_id = :job").param("job", job).query(String.class).single();
    }

    private Instant committeeInstant(UUID job, String column) {
        return jdbc.sql("select " + column + " from committee where job_id = :job").param("job", job)
                .query(Timestamp.class).single().toInstant();
    }

    private Instant jobInstant(String job, String column) {
        return jdbc.sql("select " + column + " from job where id = :id").param("id", JobsFixture.uuid(job))
                .query(Timestamp.class).single().toInstant();
    }
}
