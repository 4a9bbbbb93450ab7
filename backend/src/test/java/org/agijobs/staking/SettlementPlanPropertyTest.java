package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.SettlementPlan.Committee;
import org.agijobs.staking.SettlementPlan.Leg;
import org.agijobs.staking.SettlementPlan.Member;
import org.agijobs.staking.SettlementPlan.Rates;
import org.agijobs.staking.SettlementPlan.Slash;
import org.agijobs.staking.SettlementPlan.Terms;
import org.agijobs.staking.internal.SlashPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The books of any settlement or expiry balance before anything moves: over random jobs (rewards down to 1e-18,
 * percentages across their governed bounds), committees of 0 to 11 with random weights, votes, silences and excused
 * members, either outcome (a ruling may overturn the tally, so the outcome is drawn independently of the votes) and
 * random stake left to slash. Each seed is one case, so a failure names the seed that reproduces it.
 */
class SettlementPlanPropertyTest {

    private static final BigInteger MAX_REWARD_UNITS = BigInteger.TEN.pow(12 + Money.SCALE);
    private static final BigInteger MAX_STAKE_UNITS = BigInteger.TEN.pow(9 + Money.SCALE);

    static LongStream seeds() {
        return LongStream.range(0, 2_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLegsOfAnyPlanAddUpToTheEscrowAndTheSlashedStakeExactly(long seed) {
        Random random = new Random(seed);
        Money reward = amount(random, MAX_REWARD_UNITS, false);
        Terms job = new Terms(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), reward,
                reward.basisPoints(bps(random, 5_000)), amount(random, MAX_STAKE_UNITS, true), bps(random, 5_000));
        Committee committee = committee(random);
        Rates rates = new Rates(bps(random, 10_000), bps(random, 10_000), bps(random, 10_000));
        boolean success = random.nextBoolean();

        boolean expiry = !success && random.nextInt(5) == 0;

        SettlementPlan plan = expiry ? SettlementPlan.expire(job) : SettlementPlan.settle(job, committee, rates, success);

        // An expiry is a failure without a committee: its legs must be exactly those.
        Committee planned = expiry ? Committee.none(job.jobId().toString()) : committee;
        assertEscrowLegs(plan, job, planned, rates);
        assertSlashOrders(plan, job, planned, rates);
        assertThat(plan.releases()).first().isEqualTo(new SettlementPlan.Release(job.agentId(), StakeRole.AGENT,
                job.jobId().toString()));
        assertThat(plan.releases()).hasSize(planned.members().size() + 1);
        for (Slash slash : plan.slashes()) {
            assertSlashLegs(random, slash);
        }
    }

    private static void assertEscrowLegs(SettlementPlan plan, Terms job, Committee committee, Rates rates) {
        AccountRef escrow = AccountRef.escrow(job.jobId());
        assertThat(plan.escrowLegs()).allSatisfy(leg -> {
            assertThat(leg.from()).isEqualTo(escrow);
            assertThat(leg.amount().isPositive()).isTrue();
        });
        assertThat(plan.escrowPaidOut()).isEqualTo(job.escrow());

        List<Member> winners = committee.members().stream()
                .filter(member -> member.vote() != null && member.vote() == plan.success()).toList();
        BigDecimal totalWeight = winners.stream().map(Member::weight).reduce(Money.ZERO, Money::plus).value();
        Money pool = job.reward().basisPoints(job.validatorRewardBps());
        Money rewards = Money.ZERO;
        for (Member winner : winners) {
            Money share = pool.share(winner.weight().value(), totalWeight);
            assertThat(paidTo(plan, AccountRef.wallet(winner.validatorId()), LedgerReason.VALIDATOR_REWARD))
                    .isEqualTo(share);
            rewards = rewards.plus(share);
        }
        assertThat(plan.validatorRewards()).isEqualTo(rewards);
        assertThat(rewards.isGreaterThan(pool)).isFalse();
        if (plan.success()) {
            Money burned = job.fee().basisPoints(rates.burnBps());
            assertThat(paidTo(plan, AccountRef.wallet(job.agentId()), LedgerReason.JOB_PAYOUT))
                    .isEqualTo(job.reward().minus(rewards));
            assertThat(paidTo(plan, AccountRef.BURN, LedgerReason.FEE_BURN)).isEqualTo(burned);
            assertThat(paidTo(plan, AccountRef.FEE_POOL, LedgerReason.JOB_FEE)).isEqualTo(job.fee().minus(burned));
            assertThat(plan.employerRefund()).isEqualTo(Money.ZERO);
        } else {
            assertThat(paidTo(plan, AccountRef.wallet(job.employerId()), LedgerReason.JOB_REFUND))
                    .isEqualTo(job.escrow().minus(rewards));
            assertThat(plan.agentPayout().plus(plan.feeToPool()).plus(plan.burned())).isEqualTo(Money.ZERO);
        }
    }

    private static void assertSlashOrders(SettlementPlan plan, Terms job, Committee committee, Rates rates) {
        List<Slash> expected = new ArrayList<>();
        if (!plan.success() && job.jobStake().isPositive()) {
            expected.add(new Slash(job.agentId(), StakeRole.AGENT, job.jobId().toString(), job.jobStake(),
                    job.employerId()));
        }
        for (Member member : committee.members()) {
            Money penalty = member.excused() ? Money.ZERO
                    : member.vote() == null ? member.weight().basisPoints(rates.nonRevealPenaltyBps())
                    : member.vote() == plan.success() ? Money.ZERO
                    : member.weight().basisPoints(rates.wrongVoteSlashBps());
            if (penalty.isPositive()) {
                expected.add(new Slash(member.validatorId(), StakeRole.VALIDATOR, committee.lockReference(), penalty,
                        job.employerId()));
            }
        }
        assertThat(plan.slashes()).containsExactlyElementsOf(expected);
    }

    /** What is there to slash is drawn here: sometimes more than the order, sometimes less, sometimes nothing. */
    private static void assertSlashLegs(Random random, Slash slash) {
        Money lock = random.nextInt(4) == 0 ? Money.ZERO : amount(random, MAX_STAKE_UNITS, true);
        Money free = amount(random, MAX_STAKE_UNITS, true);
        Money unbonding = random.nextBoolean() ? Money.ZERO : amount(random, MAX_STAKE_UNITS, true);
        long employerBps = bps(random, 10_000);
        long burnBps = bps(random, 10_000 - employerBps);

        SlashPlan legs = SlashPlan.of(slash.participantId(), slash.role(), slash.employerId(), slash.amount(), lock,
                free, unbonding, employerBps, burnBps);

        Money available = lock.plus(free).plus(unbonding);
        Money slashed = legs.slashed();
        assertThat(slashed).isEqualTo(slash.amount().isLessThan(available) ? slash.amount() : available);
        assertThat(legs.legs()).allSatisfy(leg -> {
            assertThat(leg.amount().isPositive()).isTrue();
            assertThat(leg.reason()).isEqualTo(LedgerReason.STAKE_SLASH);
        });
        assertThat(sum(legs.legs())).isEqualTo(slashed);
        Money toEmployer = slashed.basisPoints(employerBps);
        Money burned = slashed.basisPoints(burnBps);
        assertThat(into(legs, AccountRef.wallet(slash.employerId()))).isEqualTo(toEmployer);
        assertThat(into(legs, AccountRef.BURN)).isEqualTo(burned);
        assertThat(into(legs, AccountRef.TREASURY)).isEqualTo(slashed.minus(toEmployer).minus(burned));
        Money fromLocked = slash.amount().isLessThan(lock) ? slash.amount() : lock;
        assertThat(outOf(legs, lockedAccount(slash))).isEqualTo(fromLocked);
    }

    private static Money paidTo(SettlementPlan plan, AccountRef to, LedgerReason reason) {
        return sum(plan.escrowLegs().stream().filter(leg -> leg.to().equals(to) && leg.reason() == reason).toList());
    }

    private static Money into(SlashPlan plan, AccountRef to) {
        return sum(plan.legs().stream().filter(leg -> leg.to().equals(to)).toList());
    }

    private static Money outOf(SlashPlan plan, AccountRef from) {
        return sum(plan.legs().stream().filter(leg -> leg.from().equals(from)).toList());
    }

    private static Money sum(List<Leg> legs) {
        return legs.stream().map(Leg::amount).reduce(Money.ZERO, Money::plus);
    }

    private static AccountRef lockedAccount(Slash slash) {
        return new AccountRef(slash.role() == StakeRole.AGENT ? AccountKind.LOCKED_AGENT
                : AccountKind.LOCKED_VALIDATOR, slash.participantId());
    }

    private static Committee committee(Random random) {
        List<Member> members = new ArrayList<>();
        int size = random.nextInt(12);
        for (int i = 0; i < size; i++) {
            int vote = random.nextInt(4);
            members.add(new Member(UUID.randomUUID(), amount(random, MAX_STAKE_UNITS, false),
                    vote == 0 || vote == 3 ? null : vote == 1, vote == 3));
        }
        return new Committee("validation:" + UUID.randomUUID(), members);
    }

    /** A basis-point rate in [0, max], its bounds drawn often. */
    private static long bps(Random random, long max) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> max;
            default -> random.nextLong(max + 1);
        };
    }

    /**
     * An amount of at most {@code maxUnits} smallest units, of a random magnitude so that amounts of a few units
     * are as likely as large ones.
     */
    private static Money amount(Random random, BigInteger maxUnits, boolean zeroAllowed) {
        if (zeroAllowed && random.nextInt(6) == 0) {
            return Money.ZERO;
        }
        BigInteger units = new BigInteger(1 + random.nextInt(maxUnits.bitLength()), random).mod(maxUnits)
                .add(BigInteger.ONE);
        return new Money(new BigDecimal(units, Money.SCALE));
    }
}
