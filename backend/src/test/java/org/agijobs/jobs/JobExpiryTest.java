package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;


import org.agijobs.jobs.internal.JobExpirer;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class JobExpiryTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    JobExpirer expirer;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DueExecutions due;

    @Autowired
    JobEventRecorder events;

    @Test
    void assigningAJobSchedulesItsExpiryAtTheDeadlinePlusTheGracePeriodAndSubmittingDropsIt() {
        Participant employer = fixture.employer("scheduling.employer", "500");
        Participant agent = fixture.agent("scheduling.agent", "100", "AI");
        String job = fixture.postJob(employer, "Scheduled", "100");

        var applied = fixture.apply(agent, job);

        Instant expiresAt = Instant.parse(applied.field("applyForJob.job.expiresAt").toEntity(String.class));
        Instant deadline = jdbc.sql("select deadline from job where id = :id")
                .param("id", JobsFixture.uuid(job)).query(Timestamp.class).single().toInstant();
        assertThat(expiresAt).isEqualTo(deadline.plus(Duration.ofDays(1)));
        assertThat(scheduledExpiry(job)).contains(expiresAt);

        JobsFixture.requireNoErrors(fixture.submit(agent, job, "ef".repeat(32), null), "submitResult");

        assertThat(scheduledExpiry(job)).isEmpty();
    }

    @Test
    void theSchedulerRunsTheDueExpiryOnceTheClockPassesIt() {
        Participant employer = fixture.employer("waiting.employer", "500");
        Participant agent = fixture.agent("vanishing.agent", "100", "HUMAN");
        String job = fixture.postJob(employer, "Abandoned", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        Instant expiresAt = scheduledExpiry(job).orElseThrow();

        clock.advance(Duration.between(clock.instant(), expiresAt.minusSeconds(30)));
        due.run();
        assertThat(fixture.state(job)).isEqualTo("ASSIGNED");

        clock.advance(Duration.between(clock.instant(), expiresAt).plusSeconds(1));
        due.run();

        assertThat(fixture.state(job)).isEqualTo("EXPIRED");
        assertThat(scheduledExpiry(job)).isEmpty();
        assertThat(events.of(JobsFixture.uuid(job))).map(JobEvent::state).last().isEqualTo(JobState.EXPIRED);
    }

    @Test
    void anExpiryCheckIsIdempotentAndWaitsWhenRunEarly() {
        Participant employer = fixture.employer("twice.employer", "500");
        Participant agent = fixture.agent("twice.agent", "100", "AI");
        String job = fixture.postJob(employer, "Checked twice", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        UUID id = JobsFixture.uuid(job);
        Instant expiresAt = scheduledExpiry(job).orElseThrow();

        assertThat(expirer.expireIfDue(id)).contains(expiresAt);
        assertThat(fixture.state(job)).isEqualTo("ASSIGNED");

        clock.advance(Duration.ofDays(4));
        assertThat(expirer.expireIfDue(id)).isEmpty();
        Money employerAfterFirst = fixture.balance(AccountRef.wallet(employer.id()));
        assertThat(expirer.expireIfDue(id)).isEmpty();

        assertThat(fixture.state(job)).isEqualTo("EXPIRED");
        assertThat(fixture.balance(AccountRef.wallet(employer.id()))).isEqualTo(employerAfterFirst)
                .isEqualTo(Money.of("500.5"));
        assertThat(events.of(id)).filteredOn(event -> event instanceof JobExpired).hasSize(1);
    }

    @Test
    void aSubmittedJobNeverExpires() {
        Participant employer = fixture.employer("served.employer", "500");
        Participant agent = fixture.agent("punctual.agent", "100", "AI");
        String job = fixture.postJob(employer, "Delivered", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        JobsFixture.requireNoErrors(fixture.submit(agent, job, "12".repeat(32), null), "submitResult");

        clock.advance(Duration.ofDays(4));

        assertThat(expirer.expireIfDue(JobsFixture.uuid(job))).isEmpty();
        assertThat(fixture.state(job)).isIn("VALIDATING", "DISPUTED");
    }

    private Optional<Instant> scheduledExpiry(String job) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'job-expiry' and task_instance = :id")
                .param("id", JobsFixture.uuid(job).toString())
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
