package org.agijobs.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.agijobs.validation.ValidationReferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random complete lifecycles, property-based: a random reward, random votes (approve, reject, silent after committing, no
 * commit at all), random timing, random disputes and rulings, driven through the API and the scheduler's own
 * runs. Whatever happens: the ledger is healthy, the escrow and dispute bond end empty, no stake stays locked for
 * the job, and the job is settled exactly once, even when settlement is triggered again.
 *
 * <p>The scenarios come from one seeded generator: {@code -Dlifecycle.seed=...} and {@code -Dlifecycle.tries=...}
 * replay or widen a run, and each scenario's name shows its inputs.
 */
@ApiTest
class SettlementLifecyclePropertyTest {

    enum Vote { APPROVE, REJECT, SILENT, NO_COMMIT }

    enum Challenge { NONE, EMPLOYER, AGENT }

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;

    private List<Participant> pool;
    private Participant moderator;

    /** One generated lifecycle. */
    record Scenario(BigDecimal reward, List<Vote> votes, int minutesBeforeCommits, boolean revealLate,
            Challenge challenge, boolean agentWins) {
    }

    static Stream<Scenario> scenarios() {
        long seed = Long.getLong("lifecycle.seed", 20261123L);
        int tries = Integer.getInteger("lifecycle.tries", 12);
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, tries).mapToObj(i -> new Scenario(reward(random),
                List.of(vote(random), vote(random), vote(random)), random.nextInt(60), random.nextBoolean(),
                Challenge.values()[random.nextInt(Challenge.values().length)], random.nextBoolean()));
    }

    /** Whole, fractional and dust rewards: 1e-18 up to 5,000 with up to 18 decimals. */
    private static BigDecimal reward(SplittableRandom random) {
        BigDecimal whole = BigDecimal.valueOf(random.nextLong(0, 5_000));
        BigDecimal fraction = new BigDecimal(random.nextLong(0, 1_000_000_000_000_000_000L)).movePointLeft(18);
        BigDecimal reward = random.nextInt(4) == 0 ? fraction : whole.add(fraction);
        return reward.signum() == 0 ? new BigDecimal("0.000000000000000001")
                : reward.setScale(18, RoundingMode.UNNECESSARY);
    }

    private static Vote vote(SplittableRandom random) {
        return Vote.values()[random.nextInt(Vote.values().length)];
    }

    @BeforeEach
    void anIsolatedPool() {
        validation.isolate();
        pool = validation.pool("property.validator", 3);
        moderator = jobs.participant("property.moderator", "0", "moderator");
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyLifecycleSettlesOnceAndLeavesTheLedgerWhole(Scenario scenario) {
        BigDecimal reward = scenario.reward();
        List<Vote> votes = scenario.votes();
        int minutesBeforeCommits = scenario.minutesBeforeCommits();
        boolean revealLate = scenario.revealLate();
        Challenge challenge = scenario.challenge();
        boolean agentWins = scenario.agentWins();
        Delivered delivered = validation.delivered("property", new Money(reward).value().toPlainString());
        jobs.fund(delivered.agent().id(), Money.of(5));
        String job = delivered.job();
        UUID jobId = JobsFixture.uuid(job);
        Map<Participant, Boolean> committed = new HashMap<>();
        validation.advance(Duration.ofMinutes(minutesBeforeCommits));
        for (int i = 0; i < 3; i++) {
            if (votes.get(i) != Vote.NO_COMMIT) {
                boolean approve = votes.get(i) == Vote.APPROVE;
                JobsFixture.requireNoErrors(validation.commit(pool.get(i), job, approve), "commitVote");
                if (votes.get(i) != Vote.SILENT) {
                    committed.put(pool.get(i), approve);
                }
            }
        }
        validation.advance(Duration.ofMinutes(60 - minutesBeforeCommits));
        validation.runDeadline(job);
        if (revealLate) {
            validation.advance(Duration.ofMinutes(30));
        }
        committed.forEach((member, approve) ->
                JobsFixture.requireNoErrors(validation.reveal(member, job, approve), "revealVote"));
        validation.advance(Duration.ofHours(1));
        validation.runDeadline(job);

        String state = jobs.state(job);
        if (state.equals("COMPLETED") && challenge != Challenge.NONE) {
            Participant party = challenge == Challenge.EMPLOYER ? delivered.employer() : delivered.agent();
            JobsFixture.requireNoErrors(disputes.raiseDispute(party, job), "raiseDispute");
            state = jobs.state(job);
        }
        if (state.equals("DISPUTED")) {
            JobsFixture.requireNoErrors(disputes.resolve(moderator, job, agentWins ? "AGENT_WINS" : "EMPLOYER_WINS"),
                    "resolveDispute");
        } else {
            assertThat(settlement.endChallengeWindow(job)).isTrue();
        }

        assertThat(jobs.state(job)).isEqualTo("FINALIZED");
        Map<AccountRef, Money> after = balances(delivered);
        assertThat(settlement.endChallengeWindow(job)).isFalse();
        assertThat(JobsFixture.errors(disputes.resolve(moderator, job, "AGENT_WINS"), "resolveDispute"))
                .extracting(JobsFixture.Refusal::code).containsExactly("INVALID_STATE");
        assertThat(balances(delivered)).isEqualTo(after);
        assertThat(jobs.count("select count(*) from job_settlement where job_id = :job", Map.of("job", jobId)))
                .isEqualTo(1);
        assertThat(jobs.count("""
                select count(*) from job_settlement s join job j on j.id = s.job_id where s.job_id = :job
                and s.agent_payout + s.employer_refund + s.validator_rewards + s.fee_to_pool + s.burned = j.reward + j.fee
                """, Map.of("job", jobId))).isEqualTo(1);
        assertThat(validation.balance(AccountRef.escrow(jobId))).isEqualTo(Money.ZERO);
        assertThat(validation.balance(new AccountRef(AccountKind.DISPUTE_BOND, jobId))).isEqualTo(Money.ZERO);
        assertThat(jobs.count("""
                select count(*) from stake_lock where released_at is null and reference in (:job, :committee)
                """, Map.of("job", jobId.toString(), "committee", ValidationReferences.lockOf(jobId)))).isZero();
        validation.requireHealthyLedger();
    }

    private Map<AccountRef, Money> balances(Delivered delivered) {
        Map<AccountRef, Money> balances = new HashMap<>();
        for (Participant actor : List.of(delivered.employer(), delivered.agent(), pool.get(0), pool.get(1), pool.get(2))) {
            for (AccountKind kind : List.of(AccountKind.WALLET, AccountKind.STAKE_AGENT, AccountKind.STAKE_VALIDATOR,
                    AccountKind.LOCKED_AGENT, AccountKind.LOCKED_VALIDATOR)) {
                AccountRef account = new AccountRef(kind, actor.id());
                balances.put(account, validation.balance(account));
            }
        }
        return balances;
    }
}
