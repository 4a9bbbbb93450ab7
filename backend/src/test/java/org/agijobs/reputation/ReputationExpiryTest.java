package org.agijobs.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;


import org.agijobs.jobs.JobsFixture;
import org.agijobs.reputation.ReputationWorld.Change;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.agijobs.settlement.SettlementRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** An agent that lets its job expire loses what the job's reward was worth, when the scheduler expires it. */
@ApiTest
class ReputationExpiryTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    List<SettlementRecorder> recorders;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DueExecutions due;

    @Test
    void anExpiredJobCostsTheAgentTheRewardsPointsWithoutADurationTerm() {
        var world = new ReputationWorld(fixture, recorders, transactionManager);
        Participant employer = fixture.employer("lapsed.employer", "0");
        Participant agent = fixture.agent("lapsing.agent", "100", "AI");
        Participant reader = fixture.participant("lapse.reader", "0", "integrator");
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
        due.run();
    }
}
