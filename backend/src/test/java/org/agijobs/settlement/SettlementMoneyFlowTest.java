package org.agijobs.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every settlement path to the last 1e-18 (DOMAIN.md, Settlement), with the defaults: reward 1,000, fee 5% (50),
 * validator reward 8% (80), burn 1% of the fee, job stake 1, validator slash 5% and non-reveal penalty 0.5% of
 * each member's stake (100,000), slash split 50% employer / 50% treasury, dispute fee 1. The employer starts
 * with 10,000 and pays 1,050 into escrow; validators start with empty wallets.
 */
@ApiTest
class SettlementMoneyFlowTest {

    private static final Money EMPLOYER_AFTER_ESCROW = Money.of("8950");
    /** 80 / 3, rounded down: what each of three equal members on the outcome side receives. */
    private static final Money THIRD_OF_REWARD = Money.of("26.666666666666666666");
    private static final Money WRONG_SIDE_SLASH = Money.of("5000");

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;

    private List<Participant> pool;
    private Money burnBefore;
    private Money feePoolBefore;
    private Money treasuryBefore;

    @BeforeEach
    void isolatedPool() {
        validation.isolate();
        pool = validation.pool("settling.validator", 3);
        burnBefore = validation.balance(AccountRef.BURN);
        feePoolBefore = validation.balance(AccountRef.FEE_POOL);
        treasuryBefore = validation.balance(AccountRef.TREASURY);
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void unanimousApprovalPaysTheAgentTheRewardLessEqualValidatorSharesAndTheFeeToPoolAndBurn() {
        Delivered delivered = validation.delivered("unanimous", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");

        assertThat(settlement.endChallengeWindow(delivered.job())).isTrue();

        assertThat(jobs.state(delivered.job())).isEqualTo("FINALIZED");
        pool.forEach(member -> assertThat(validation.wallet(member)).isEqualTo(THIRD_OF_REWARD));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of("920.000000000000000002"));
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_AFTER_ESCROW);
        assertFee(delivered, Money.of("0.5"), Money.of("49.5"));
        assertThat(treasuryDelta()).isEqualTo(Money.ZERO);
        assertAllUnlocked(delivered, Money.of(100));
        pool.forEach(member -> assertThat(validation.validatorStake(member)).isEqualTo(ValidationFixture.POOL_STAKE));
        validation.requireHealthyLedger();
    }

    @Test
    void aSuccessfulSettlementRaisesReputationsAndIssuesACertificateAnyoneCanVerify() {
        Delivered delivered = validation.delivered("certified", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), false));
        settlement.endChallengeWindow(delivered.job());

        Map<String, Object> job = jobs.http(delivered.employer()).documentName("settledJobStanding").variable("job", delivered.job()).executeSync().field("node").toEntity(Map.class);
        Map<String, Object> validators = jobs.http(delivered.employer()).documentName("committeeReputations").variable("job", delivered.job()).executeSync().field("committee").toEntity(Map.class);
        String jws = (String) ((Map<?, ?>) job.get("certificate")).get("jws");
        Map<?, ?> verified = jobs.http(null).documentName("isCertificateValid")
                .variable("jws", jws).executeSync().field("verifyCertificate").toEntity(Map.class);

        // Reward 1,000 delivered at once: 34 points, damped to 33; members on the outcome side gain floor(34*8/100).
        assertThat(job.get("agent")).isEqualTo(Map.of("reputation", Map.of("agent", 33)));
        assertThat(job.get("employer")).isEqualTo(Map.of("reputation", Map.of("employerScore", 1.0)));
        assertThat((List<?>) validators.get("members")).extracting(member -> (Map<?, ?>) member)
                .extracting(member -> List.of(member.get("approve"), member.get("validator")))
                .containsExactlyInAnyOrder(List.of(true, Map.of("reputation", Map.of("validator", 2))),
                        List.of(true, Map.of("reputation", Map.of("validator", 2))),
                        List.of(false, Map.of("reputation", Map.of("validator", 0))));
        assertThat(verified.get("valid")).isEqualTo(true);
    }

    @Test
    void twoToOneApprovalRewardsTheMajorityAndSlashesTheDissenterIntoEmployerAndTreasury() {
        Delivered delivered = validation.delivered("two-one", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), false));
        settlement.endChallengeWindow(delivered.job());

        assertThat(validation.wallet(pool.get(0))).isEqualTo(Money.of(40));
        assertThat(validation.wallet(pool.get(1))).isEqualTo(Money.of(40));
        assertThat(validation.wallet(pool.get(2))).isEqualTo(Money.ZERO);
        assertThat(validation.validatorStake(pool.get(2))).isEqualTo(ValidationFixture.POOL_STAKE.minus(WRONG_SIDE_SLASH));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of(920));
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_AFTER_ESCROW.plus(Money.of(2500)));
        assertThat(treasuryDelta()).isEqualTo(Money.of(2500));
        assertFee(delivered, Money.of("0.5"), Money.of("49.5"));
        assertAllUnlocked(delivered, Money.of(100));
        validation.requireHealthyLedger();
    }

    @Test
    void rejectionRefundsTheEmployerLessTheRewardsAndSlashesTheAgentsJobStake() {
        Delivered delivered = validation.delivered("rejected", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        settlement.endChallengeWindow(delivered.job());

        pool.forEach(member -> assertThat(validation.wallet(member)).isEqualTo(THIRD_OF_REWARD));
        // 1,050 - 79.999999999999999998 back, plus half of the agent's slashed job stake of 1.
        assertThat(validation.wallet(delivered.employer())).isEqualTo(Money.of("9920.500000000000000002"));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.ZERO);
        assertThat(treasuryDelta()).isEqualTo(Money.of("0.5"));
        assertFee(delivered, Money.ZERO, Money.ZERO);
        assertAllUnlocked(delivered, Money.of(99));
        validation.requireHealthyLedger();
    }

    @Test
    void withoutQuorumAModeratorDecidesAndTheSilentMemberPaysTheNonRevealPenalty() {
        Participant moderator = jobs.participant("quorum.moderator", "0", "moderator");
        Delivered delivered = validation.delivered("no-quorum", "1000");
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");
        JobsFixture.requireNoErrors(validation.commit(pool.get(1), delivered.job(), true), "commitVote");
        JobsFixture.requireNoErrors(validation.commit(pool.get(2), delivered.job(), true), "commitVote");
        validation.advance(Duration.ofHours(1));
        validation.runDeadline(delivered.job());
        JobsFixture.requireNoErrors(validation.reveal(pool.get(0), delivered.job(), true), "revealVote");
        JobsFixture.requireNoErrors(validation.reveal(pool.get(1), delivered.job(), true), "revealVote");
        validation.advance(Duration.ofHours(1));
        validation.runDeadline(delivered.job());
        assertThat(jobs.state(delivered.job())).isEqualTo("DISPUTED");

        JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered.job(), "AGENT_WINS"), "resolveDispute");

        assertThat(jobs.state(delivered.job())).isEqualTo("FINALIZED");
        assertThat(validation.wallet(pool.get(0))).isEqualTo(Money.of(40));
        assertThat(validation.wallet(pool.get(1))).isEqualTo(Money.of(40));
        assertThat(validation.validatorStake(pool.get(2))).isEqualTo(ValidationFixture.POOL_STAKE.minus(Money.of(500)));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of(920));
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_AFTER_ESCROW.plus(Money.of(250)));
        assertThat(treasuryDelta()).isEqualTo(Money.of(250));
        assertFee(delivered, Money.of("0.5"), Money.of("49.5"));
        assertAllUnlocked(delivered, Money.of(100));
        validation.requireHealthyLedger();
    }

    @Test
    void aDisputeWonByTheAgentReturnsItsFeeAndPaysTheWholeRewardWhenNoMemberVotedForIt() {
        Participant moderator = jobs.participant("agent-wins.moderator", "0", "moderator");
        Delivered delivered = validation.delivered("agent-wins", "1000");
        jobs.fund(delivered.agent().id(), Money.of(10));
        validation.vote(delivered.job(), Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.agent(), delivered.job()), "raiseDispute");
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of(9));
        assertThat(validation.balance(bond(delivered))).isEqualTo(Money.of(1));

        JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered.job(), "AGENT_WINS"), "resolveDispute");

        assertThat(validation.balance(bond(delivered))).isEqualTo(Money.ZERO);
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of(1010));
        pool.forEach(member -> {
            assertThat(validation.wallet(member)).isEqualTo(Money.ZERO);
            assertThat(validation.validatorStake(member)).isEqualTo(ValidationFixture.POOL_STAKE.minus(WRONG_SIDE_SLASH));
        });
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_AFTER_ESCROW.plus(Money.of(7500)));
        assertThat(treasuryDelta()).isEqualTo(Money.of(7500));
        assertFee(delivered, Money.of("0.5"), Money.of("49.5"));
        assertAllUnlocked(delivered, Money.of(100));
        validation.requireHealthyLedger();
    }

    @Test
    void aDisputeWonByTheEmployerRefundsTheWholeEscrowAndSlashesEveryWrongVoterAndTheAgent() {
        Participant moderator = jobs.participant("employer-wins.moderator", "0", "moderator");
        Delivered delivered = validation.delivered("employer-wins", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.employer(), delivered.job()), "raiseDispute");
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_AFTER_ESCROW.minus(Money.of(1)));

        JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered.job(), "EMPLOYER_WINS"), "resolveDispute");

        // Fee back (1), escrow back (1,050), three validator slashes (3 x 2,500), half the job stake (0.5).
        assertThat(validation.wallet(delivered.employer())).isEqualTo(Money.of("17500.5"));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.ZERO);
        assertThat(treasuryDelta()).isEqualTo(Money.of("7500.5"));
        assertFee(delivered, Money.ZERO, Money.ZERO);
        assertAllUnlocked(delivered, Money.of(99));
        validation.requireHealthyLedger();
    }

    @Test
    void anOwnerResolvesADisputeOnlyOnceItIsStaleAndTheFeeGoesToTheWinner() {
        Participant owner = jobs.participant("stale.owner", "0", "owner");
        Delivered delivered = validation.delivered("stale", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.employer(), delivered.job()), "raiseDispute");

        assertThat(JobsFixture.errors(disputes.resolve(owner, delivered.job(), "AGENT_WINS"), "resolveDispute"))
                .extracting(JobsFixture.Refusal::code).containsExactly("FORBIDDEN");
        assertThat(jobs.state(delivered.job())).isEqualTo("DISPUTED");

        validation.advance(Duration.ofDays(14));
        var resolved = disputes.resolve(owner, delivered.job(), "AGENT_WINS");

        JobsFixture.requireNoErrors(resolved, "resolveDispute");
        assertThat(resolved.field("resolveDispute.dispute.resolvedAs").toEntity(String.class)).isEqualTo("OWNER");
        pool.forEach(member -> assertThat(validation.wallet(member)).isEqualTo(THIRD_OF_REWARD));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of("921.000000000000000002"));
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_AFTER_ESCROW.minus(Money.of(1)));
        assertFee(delivered, Money.of("0.5"), Money.of("49.5"));
        assertAllUnlocked(delivered, Money.of(100));
        validation.requireHealthyLedger();
    }

    @Test
    void settlingAgainChangesNothing() {
        Delivered delivered = validation.delivered("settled-once", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(settlement.endChallengeWindow(delivered.job())).isTrue();
        Money agent = validation.wallet(delivered.agent());

        assertThat(settlement.endChallengeWindow(delivered.job())).isFalse();

        assertThat(validation.wallet(delivered.agent())).isEqualTo(agent);
        assertThat(jobs.count("select count(*) from job_settlement where job_id = :job",
                Map.of("job", JobsFixture.uuid(delivered.job())))).isEqualTo(1);
    }

    private void assertFee(Delivered delivered, Money burned, Money toPool) {
        assertThat(validation.balance(AccountRef.escrow(JobsFixture.uuid(delivered.job())))).isEqualTo(Money.ZERO);
        assertThat(validation.balance(AccountRef.BURN).minus(burnBefore)).isEqualTo(burned);
        assertThat(validation.balance(AccountRef.FEE_POOL).minus(feePoolBefore)).isEqualTo(toPool);
    }

    private void assertAllUnlocked(Delivered delivered, Money agentStake) {
        assertThat(validation.balance(new AccountRef(AccountKind.LOCKED_AGENT, delivered.agent().id()))).isEqualTo(Money.ZERO);
        assertThat(validation.balance(new AccountRef(AccountKind.STAKE_AGENT, delivered.agent().id()))).isEqualTo(agentStake);
        pool.forEach(member -> assertThat(validation.lockedValidatorStake(member)).isEqualTo(Money.ZERO));
    }

    private Money treasuryDelta() {
        return validation.balance(AccountRef.TREASURY).minus(treasuryBefore);
    }

    private static AccountRef bond(Delivered delivered) {
        return new AccountRef(AccountKind.DISPUTE_BOND, JobsFixture.uuid(delivered.job()));
    }
}
