package org.agijobs.reputation;

import static org.agijobs.reputation.ReputationWorld.globalJobId;
import static org.agijobs.reputation.ReputationWorld.verdict;
import static org.agijobs.settlement.JobSettled.Verdict.NOT_REVEALED;
import static org.agijobs.settlement.JobSettled.Verdict.ON_OUTCOME_SIDE;
import static org.agijobs.settlement.JobSettled.Verdict.WRONG_SIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.reputation.ReputationWorld.Change;
import org.agijobs.reputation.ReputationWorld.Standing;
import org.agijobs.settlement.JobSettled;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.agijobs.settlement.SettlementRecorder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Settled jobs move the scores of their agent and committee and the record of their employer, as the API shows
 * them. A reward of 1,000 is worth 34 points plus one per 10,000 s worked (see ReputationFormulaTest).
 */
@ApiTest
class ReputationSettlementTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    List<SettlementRecorder> recorders;

    @Autowired
    PlatformTransactionManager transactionManager;

    ReputationWorld world;
    Participant employer;
    Participant agent;
    Participant reader;

    @BeforeEach
    void setUp() {
        world = new ReputationWorld(fixture, recorders, transactionManager);
        employer = fixture.employer("rep.employer", "0");
        agent = fixture.participant("rep.agent", "0", "agent");
        reader = fixture.participant("rep.reader", "0", "integrator");
    }

    @Test
    void aSuccessRaisesTheAgentAndTheValidatorsOnTheOutcomeSideAndCountsForTheEmployer() {
        List<Participant> validators = validators(3);
        UUID job = world.job(employer, "1000");

        // 25,000 s of work: 34 + 2 = 36 points; 36 / (1 + 1,296 / 88,888^2) = 35.99... -> 35; validators + 2
        world.settle(world.settlement(job, employer, agent, true, "1000", 25_000, validators.stream()
                .map(validator -> verdict(validator, ON_OUTCOME_SIDE)).toList()));

        assertThat(world.standing(reader, agent)).isEqualTo(new Standing(35, 0, 0, 0, null));
        assertThat(validators).allSatisfy(validator ->
                assertThat(world.standing(reader, validator).validator()).isEqualTo(2));
        assertThat(world.standing(reader, employer)).isEqualTo(new Standing(0, 0, 1, 1, 1.0));
        assertThat(world.history(reader, agent, null)).containsExactly(
                new Change("AGENT", globalJobId(job), 35, 35, "JOB_SUCCEEDED"));
    }

    @Test
    void aFailureCostsTheAgentTheJobsPointsAndPenalisesWrongAndSilentValidators() {
        List<Participant> validators = validators(3);
        UUID first = world.job(employer, "1000");
        UUID second = world.job(employer, "1000");
        world.settle(world.settlement(first, employer, agent, true, "1000", 25_000, validators.stream()
                .map(validator -> verdict(validator, ON_OUTCOME_SIDE)).toList()));

        // 1 hour: 34 points; the agent falls 35 -> 1, validators on the outcome side gain floor(34 * 8 / 100) = 2
        world.settle(world.settlement(second, employer, agent, false, "1000", 3_600, List.of(
                verdict(validators.get(0), ON_OUTCOME_SIDE), verdict(validators.get(1), WRONG_SIDE),
                verdict(validators.get(2), NOT_REVEALED))));

        assertThat(world.standing(reader, agent).agent()).isEqualTo(1);
        assertThat(validators).map(validator -> world.standing(reader, validator).validator())
                .containsExactly(4L, 1L, 1L);
        assertThat(world.standing(reader, employer)).isEqualTo(new Standing(0, 0, 1, 2, 0.5));
        assertThat(world.history(reader, agent, null)).containsExactly(
                new Change("AGENT", globalJobId(second), -34, 1, "JOB_FAILED"),
                new Change("AGENT", globalJobId(first), 35, 35, "JOB_SUCCEEDED"));
        assertThat(world.history(reader, validators.get(1), null)).containsExactly(
                new Change("VALIDATOR", globalJobId(second), -1, 1, "VOTED_AGAINST_OUTCOME"),
                new Change("VALIDATOR", globalJobId(first), 2, 2, "VOTED_WITH_OUTCOME"));
        assertThat(world.history(reader, validators.get(2), 1)).containsExactly(
                new Change("VALIDATOR", globalJobId(second), -1, 1, "DID_NOT_REVEAL"));
    }

    @Test
    void aLossStopsAtZeroAndIsStillRecordedForTheJob() {
        Participant validator = fixture.participant("rep.silent", "0", "validator");
        UUID job = world.job(employer, "1000");

        world.settle(world.settlement(job, employer, agent, false, "1000", 0,
                List.of(verdict(validator, NOT_REVEALED))));

        assertThat(world.standing(reader, agent).agent()).isZero();
        assertThat(world.standing(reader, validator).validator()).isZero();
        assertThat(world.history(reader, agent, null)).containsExactly(
                new Change("AGENT", globalJobId(job), 0, 0, "JOB_FAILED"));
        assertThat(world.history(reader, validator, null)).containsExactly(
                new Change("VALIDATOR", globalJobId(job), 0, 0, "DID_NOT_REVEAL"));
    }

    @Test
    void aReplayedSettlementCountsOnce() {
        Participant validator = fixture.participant("rep.replayed", "0", "validator");
        UUID job = world.job(employer, "1000");
        JobSettled settled = world.settlement(job, employer, agent, true, "1000", 0,
                List.of(verdict(validator, ON_OUTCOME_SIDE)));

        world.settle(settled);
        world.settle(settled);

        assertThat(world.standing(reader, agent).agent()).isEqualTo(33);
        assertThat(world.standing(reader, validator).validator()).isEqualTo(2);
        assertThat(world.standing(reader, employer)).isEqualTo(new Standing(0, 0, 1, 1, 1.0));
        assertThat(world.history(reader, agent, null)).hasSize(1);
    }

    @Test
    void theEmployerScoreIsSuccessfulOverSettledJobsRoundedDownAndNullBeforeAny() {
        assertThat(world.standing(reader, employer).employerScore()).isNull();
        for (boolean success : new boolean[] {true, true, false}) {
            UUID job = world.job(employer, "10");
            world.settle(world.settlement(job, employer, agent, success, "10", 0, List.of()));
        }

        assertThat(world.standing(reader, employer)).isEqualTo(new Standing(0, 0, 2, 3, 0.666666));
    }

    @Test
    void theHistoryIsNewestFirstAndCutAtFirst() {
        List<UUID> jobs = List.of(world.job(employer, "1000"), world.job(employer, "1000"), world.job(employer, "1000"));
        jobs.forEach(job -> world.settle(world.settlement(job, employer, agent, true, "1000", 0, List.of())));

        // 0 -> 33 -> floor(67 / 1.000000568...) = 66 -> floor(100 / 1.000001265...) = 99
        assertThat(world.history(reader, agent, 2)).containsExactly(
                new Change("AGENT", globalJobId(jobs.get(2)), 33, 99, "JOB_SUCCEEDED"),
                new Change("AGENT", globalJobId(jobs.get(1)), 33, 66, "JOB_SUCCEEDED"));
        assertThat(world.history(reader, agent, 500)).hasSize(3);
        assertThat(world.history(reader, reader, null)).isEmpty();
    }

    private List<Participant> validators(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> fixture.participant("rep.validator" + i, "0", "validator")).toList();
    }
}
