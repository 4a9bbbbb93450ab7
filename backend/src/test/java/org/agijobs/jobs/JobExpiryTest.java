package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import org.agijobs.jobs.JobsFixture.Actor;
import org.agijobs.jobs.internal.JobExpirer;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Money;
import org.agijobs.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobsTest
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
    DataSource dataSource;

    @Autowired
    List<Task<?>> tasks;

    @Autowired
    JobEventRecorder events;

    @Test
    void assigningAJobSchedulesItsExpiryAtTheDeadlinePlusTheGracePeriodAndSubmittingDropsIt() {
        Actor employer = fixture.employer("scheduling.employer", "500");
        Actor agent = fixture.agent("scheduling.agent", "100", "AI");
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
        Actor employer = fixture.employer("waiting.employer", "500");
        Actor agent = fixture.agent("vanishing.agent", "100", "HUMAN");
        String job = fixture.postJob(employer, "Abandoned", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        Instant expiresAt = scheduledExpiry(job).orElseThrow();
        SettableClock schedulerClock = new SettableClock();
        ManualScheduler scheduler = TestHelper.createManualScheduler(dataSource, tasks).clock(schedulerClock).build();

        schedulerClock.set(expiresAt.minusSeconds(1));
        scheduler.runAnyDueExecutions();
        assertThat(fixture.state(job)).isEqualTo("ASSIGNED");

        clock.advance(Duration.between(clock.instant(), expiresAt).plusSeconds(1));
        schedulerClock.set(expiresAt.plusSeconds(1));
        scheduler.runAnyDueExecutions();

        assertThat(fixture.state(job)).isEqualTo("EXPIRED");
        assertThat(scheduledExpiry(job)).isEmpty();
        assertThat(events.of(JobsFixture.uuid(job))).map(JobEvent::state).last().isEqualTo(JobState.EXPIRED);
    }

    @Test
    void anExpiryCheckIsIdempotentAndWaitsWhenRunEarly() {
        Actor employer = fixture.employer("twice.employer", "500");
        Actor agent = fixture.agent("twice.agent", "100", "AI");
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
        Actor employer = fixture.employer("served.employer", "500");
        Actor agent = fixture.agent("punctual.agent", "100", "AI");
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
