package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.internal.JobExpirer;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.EscrowObligations;
import org.agijobs.ledger.LedgerService;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.staking.StakeService;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every unit of money of a job's life, with the default parameters (fee 5%, job stake 1, slash split 50% to
 * the employer, 50% to the treasury, 0% burned). The reward has a last decimal that the fee rounds away.
 */
@ApiTest
class JobMoneyFlowTest {

    private static final String REWARD = "1000.000000000000000003";
    /** 5% of the reward is 50.00000000000000000015, rounded down to 18 decimals. */
    private static final Money FEE = Money.of("50");
    private static final Money ESCROW = Money.of("1050.000000000000000003");
    private static final Money WALLET = Money.of("2000");
    private static final Money STAKE = Money.of("150");
    private static final String RESULT = "ab".repeat(32);

    @Autowired
    JobsFixture fixture;

    @Autowired
    JobExpirer expirer;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StakeService staking;

    @Autowired
    EscrowObligations obligations;

    @Autowired
    LedgerService ledger;

    @Test
    void createThenCancelLocksTheEscrowAndRefundsAllOfIt() {
        Participant employer = fixture.employer("cancelling.employer", WALLET.toString());

        String job = fixture.postJob(employer, "Logo", REWARD);
        assertThat(fixture.balance(wallet(employer))).isEqualTo(WALLET.minus(ESCROW));
        assertThat(fixture.balance(escrow(job))).isEqualTo(ESCROW);
        assertThat(fixture.balance(escrow(job))).isEqualTo(Money.of(REWARD).plus(FEE));

        var cancelled = fixture.cancel(employer, job, "changed my mind");

        assertThat(cancelled.field("cancelJob.job.state").toEntity(String.class)).isEqualTo("CANCELLED");
        assertThat(fixture.balance(wallet(employer))).isEqualTo(WALLET);
        assertThat(fixture.balance(escrow(job))).isEqualTo(Money.ZERO);
    }

    @Test
    void createApplySubmitKeepsTheEscrowAndLocksTheJobStakeUntilSettlement() {
        Participant employer = fixture.employer("submitting.employer", WALLET.toString());
        Participant agent = fixture.agent("submitting.agent", STAKE.toString(), "AI", "translation");
        String job = fixture.postJob(employer, "Translate", REWARD, "translation");

        var applied = fixture.apply(agent, job);
        var submitted = fixture.submit(agent, job, RESULT, null);

        JobsFixture.requireNoErrors(applied, "applyForJob");
        assertThat(applied.field("applyForJob.job.jobStake").toEntity(String.class)).isEqualTo("1");
        // Validation starts at once: a committee votes (VALIDATING), or without enough validators a moderator decides.
        assertThat(submitted.field("submitResult.job.state").toEntity(String.class)).isIn("VALIDATING", "DISPUTED");
        assertThat(fixture.balance(wallet(employer))).isEqualTo(WALLET.minus(ESCROW));
        assertThat(fixture.balance(escrow(job))).isEqualTo(ESCROW);
        assertThat(fixture.balance(wallet(agent))).isEqualTo(Money.ZERO);
        assertThat(fixture.balance(stake(agent))).isEqualTo(STAKE.minus(Money.of(1)));
        assertThat(fixture.balance(locked(agent))).isEqualTo(Money.of(1));
        assertThat(treasuryReceived(job)).isEqualTo(Money.ZERO);
    }

    @Test
    void createApplyExpireRefundsTheEmployerAndSlashesTheJobStakeBySlashSplit() {
        Participant employer = fixture.employer("expiring.employer", WALLET.toString());
        Participant agent = fixture.agent("expiring.agent", STAKE.toString(), "HUMAN");
        String job = fixture.postJob(employer, "Survey", REWARD);
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(expirer.expireIfDue(JobsFixture.uuid(job))).isEmpty();

        assertThat(fixture.state(job)).isEqualTo("EXPIRED");
        // The whole escrow back, plus the employer's half of the 1 slashed.
        assertThat(fixture.balance(wallet(employer))).isEqualTo(WALLET.plus(Money.of("0.5")));
        assertThat(fixture.balance(escrow(job))).isEqualTo(Money.ZERO);
        assertThat(fixture.balance(stake(agent))).isEqualTo(STAKE.minus(Money.of(1)));
        assertThat(fixture.balance(locked(agent))).isEqualTo(Money.ZERO);
        assertThat(fixture.balance(wallet(agent))).isEqualTo(Money.ZERO);
        assertThat(treasuryReceived(job)).isEqualTo(Money.of("0.5"));
        assertThat(activeLocks(agent)).isZero();
    }

    @Test
    void declaresEachOpenJobsEscrowToTheLedgerHealthCheck() {
        Participant employer = fixture.employer("declared.employer", WALLET.toString());
        Participant agent = fixture.agent("declared.agent", STAKE.toString(), "AI");
        String open = fixture.postJob(employer, "Open", REWARD);
        String working = fixture.postJob(employer, "Working", "10");
        String cancelled = fixture.postJob(employer, "Cancelled", "10");
        JobsFixture.requireNoErrors(fixture.apply(agent, working), "applyForJob");
        JobsFixture.requireNoErrors(fixture.cancel(employer, cancelled, null), "cancelJob");

        Map<UUID, Money> expected = obligations.expectedEscrowByJob();

        assertThat(expected.get(JobsFixture.uuid(open))).isEqualTo(ESCROW).isEqualTo(fixture.balance(escrow(open)));
        assertThat(expected.get(JobsFixture.uuid(working))).isEqualTo(Money.of("10.5"))
                .isEqualTo(fixture.balance(escrow(working)));
        assertThat(expected).doesNotContainKey(JobsFixture.uuid(cancelled));
        assertThat(fixture.balance(escrow(cancelled))).isEqualTo(Money.ZERO);
        var owner = new Caller("subject-of-health.owner", "health.owner", "Health Owner", Set.of(Role.OWNER));
        assertThat(ledger.health(owner).escrowChecked()).isTrue();
    }

    private static AccountRef wallet(Participant actor) {
        return AccountRef.wallet(actor.id());
    }

    private static AccountRef stake(Participant actor) {
        return new AccountRef(AccountKind.STAKE_AGENT, actor.id());
    }

    private static AccountRef locked(Participant actor) {
        return new AccountRef(AccountKind.LOCKED_AGENT, actor.id());
    }

    private static AccountRef escrow(String job) {
        return AccountRef.escrow(JobsFixture.uuid(job));
    }

    /** What this job's moves paid into the treasury (the treasury itself is shared by every test). */
    private Money treasuryReceived(String job) {
        return new Money(jdbc.sql("""
                        select coalesce(sum(t.amount), 0) from ledger_transfer t
                        join ledger_account a on a.id = t.to_account
                        where a.code = 'TREASURY' and t.reference = :job
                        """).param("job", JobsFixture.uuid(job).toString())
                .query(BigDecimal.class).single());
    }

    private long activeLocks(Participant agent) {
        return staking.activeLocks(agent.id()).size();
    }
}
