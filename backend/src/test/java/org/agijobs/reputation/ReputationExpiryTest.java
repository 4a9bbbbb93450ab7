package org.agijobs.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Actor;
import org.agijobs.jobs.JobsTest;
import org.agijobs.reputation.ReputationWorld.Change;
import org.agijobs.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** An agent that lets its job expire loses what the job's reward was worth, when the scheduler expires it. */
@JobsTest
class ReputationExpiryTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<Task<?>> tasks;

    @Test
    void anExpiredJobCostsTheAgentTheRewardsPointsWithoutADurationTerm() {
        var world = new ReputationWorld(fixture, events, transactionManager);
        Actor employer = fixture.employer("lapsed.employer", "0");
        Actor agent = fixture.agent("lapsing.agent", "100", "AI");
        Actor reader = fixture.participant("lapse.reader", "0", "integrator");
        // reward 1,000,000: 64 points; 0 -> floor(64 / 1.000000518...) = 63
        UUID earlier = world.job(employer, "1000000");
        world.settle(world.settlement(earlier, employer, agent, true, "1000000", 0, List.of()));
        UUID abandoned = world.job(employer, "1000");
        JobsFixture.requireNoErrors(fixture.apply(agent, ReputationWorld.globalJobId(abandoned)), "applyForJob");

        expireDueJobs(abandoned);

        // reward 1,000: 34 points, although the job was held for days
        assertThat(fixture.state(ReputationWorld.globalJobId(abandoned))).isEqualTo("EXPIRED");
        assertThat(world.standing(reader, agent).agent()).isEqualTo(29);
        assertThat(world.history(reader, agent, null)).containsExactly(
                new Change("AGENT", ReputationWorld.globalJobId(abandoned), -34, 29, "JOB_EXPIRED"),
                new Change("AGENT", ReputationWorld.globalJobId(earlier), 63, 63, "JOB_SUCCEEDED"));
        // the employer's record counts settled (FINALIZED) jobs only: the earlier one, not the expired one
        assertThat(world.standing(reader, employer).employerSettledJobs()).isEqualTo(1);
    }

    private void expireDueJobs(UUID job) {
        Instant expiresAt = jdbc.sql("select expires_at from job where id = :id").param("id", job)
                .query(Timestamp.class).single().toInstant();
        Duration untilDue = Duration.between(clock.instant(), expiresAt).plusSeconds(1);
        if (untilDue.isPositive()) {
            clock.advance(untilDue);
        }
        SettableClock schedulerClock = new SettableClock();
        schedulerClock.set(expiresAt.plusSeconds(1));
        ManualScheduler scheduler = TestHelper.createManualScheduler(dataSource, tasks).clock(schedulerClock).build();
        // other tests' abandoned jobs are due too, and one run takes a bounded batch of them
        for (int run = 0; run < 50 && !"EXPIRED".equals(fixture.state(ReputationWorld.globalJobId(job))); run++) {
            scheduler.runAnyDueExecutions();
        }
    }
}
