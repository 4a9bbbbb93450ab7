package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.SettlementPlan.Committee;
import org.agijobs.staking.SettlementPlan.Leg;
import org.agijobs.staking.SettlementPlan.Member;
import org.agijobs.staking.SettlementPlan.Rates;
import org.agijobs.staking.SettlementPlan.Release;
import org.agijobs.staking.SettlementPlan.Slash;
import org.agijobs.staking.SettlementPlan.Terms;
import org.junit.jupiter.api.Test;

class SettlementPlanTest {

    private static final Rates DEFAULTS = new Rates(100, 500, 50);

    private final UUID jobId = UUID.randomUUID();
    private final UUID employer = UUID.randomUUID();
    private final UUID agent = UUID.randomUUID();
    private final AccountRef escrow = AccountRef.escrow(jobId);
    private final Terms job = new Terms(jobId, employer, agent, Money.of(100), Money.of(5), Money.of(1), 800);

    @Test
    void onSuccessTheAgentKeepsWhatRoundingLeavesOfTheValidatorReward() {
        Member a = new Member(UUID.randomUUID(), Money.of(1_000), true);
        Member b = new Member(UUID.randomUUID(), Money.of(2_000), true);
        Member c = new Member(UUID.randomUUID(), Money.of(3_000), true);

        SettlementPlan plan = SettlementPlan.settle(job, new Committee("lock", List.of(a, b, c)), DEFAULTS, true);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.wallet(a.validatorId()), Money.of("1.333333333333333333"),
                        LedgerReason.VALIDATOR_REWARD),
                new Leg(escrow, AccountRef.wallet(b.validatorId()), Money.of("2.666666666666666666"),
                        LedgerReason.VALIDATOR_REWARD),
                new Leg(escrow, AccountRef.wallet(c.validatorId()), Money.of(4), LedgerReason.VALIDATOR_REWARD),
                new Leg(escrow, AccountRef.wallet(agent), Money.of("92.000000000000000001"), LedgerReason.JOB_PAYOUT),
                new Leg(escrow, AccountRef.BURN, Money.of("0.05"), LedgerReason.FEE_BURN),
                new Leg(escrow, AccountRef.FEE_POOL, Money.of("4.95"), LedgerReason.JOB_FEE));
        assertThat(plan.slashes()).isEmpty();
        assertThat(plan.releases()).containsExactly(new Release(agent, StakeRole.AGENT, jobId.toString()),
                new Release(a.validatorId(), StakeRole.VALIDATOR, "lock"),
                new Release(b.validatorId(), StakeRole.VALIDATOR, "lock"),
                new Release(c.validatorId(), StakeRole.VALIDATOR, "lock"));
    }

    @Test
    void onFailureTheEmployerGetsTheEscrowLessTheRewardAndWrongAndSilentMembersAreSlashed() {
        Member right = new Member(UUID.randomUUID(), Money.of(1_000), false);
        Member wrong = new Member(UUID.randomUUID(), Money.of(2_000), true);
        Member silent = new Member(UUID.randomUUID(), Money.of(4_000), null);

        SettlementPlan plan = SettlementPlan.settle(job, new Committee("lock", List.of(right, wrong, silent)),
                DEFAULTS, false);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.wallet(right.validatorId()), Money.of(8), LedgerReason.VALIDATOR_REWARD),
                new Leg(escrow, AccountRef.wallet(employer), Money.of(97), LedgerReason.JOB_REFUND));
        assertThat(plan.slashes()).containsExactly(
                new Slash(agent, StakeRole.AGENT, jobId.toString(), Money.of(1), employer),
                new Slash(wrong.validatorId(), StakeRole.VALIDATOR, "lock", Money.of(100), employer),
                new Slash(silent.validatorId(), StakeRole.VALIDATOR, "lock", Money.of(20), employer));
    }

    @Test
    void anExcusedMemberIsNeitherSlashedNorRewardedButItsLockIsFreed() {
        Member right = new Member(UUID.randomUUID(), Money.of(1_000), true);
        Member excused = new Member(UUID.randomUUID(), Money.of(4_000), null, true);

        SettlementPlan plan = SettlementPlan.settle(job, new Committee("lock", List.of(right, excused)), DEFAULTS,
                true);

        assertThat(plan.slashes()).isEmpty();
        assertThat(plan.escrowLegs()).filteredOn(leg -> leg.reason() == LedgerReason.VALIDATOR_REWARD)
                .containsExactly(new Leg(escrow, AccountRef.wallet(right.validatorId()), Money.of(8),
                        LedgerReason.VALIDATOR_REWARD));
        assertThat(plan.releases()).contains(new Release(excused.validatorId(), StakeRole.VALIDATOR, "lock"));
    }

    @Test
    void withNobodyOnTheOutcomeSideTheValidatorRewardStaysWithTheAgent() {
        Member wrong = new Member(UUID.randomUUID(), Money.of(1_000), false);

        SettlementPlan plan = SettlementPlan.settle(job, new Committee("lock", List.of(wrong)), DEFAULTS, true);

        assertThat(plan.validatorRewards()).isEqualTo(Money.ZERO);
        assertThat(plan.agentPayout()).isEqualTo(Money.of(100));
    }

    @Test
    void anExpiryRefundsTheWholeEscrowAndSlashesTheJobStake() {
        SettlementPlan plan = SettlementPlan.expire(job);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.wallet(employer), Money.of(105), LedgerReason.JOB_REFUND));
        assertThat(plan.slashes()).containsExactly(
                new Slash(agent, StakeRole.AGENT, jobId.toString(), Money.of(1), employer));
        assertThat(plan.releases()).containsExactly(new Release(agent, StakeRole.AGENT, jobId.toString()));
    }

    @Test
    void aZeroJobStakeIsNotSlashedAndZeroLegsAreLeftOut() {
        Terms unstaked = new Terms(jobId, employer, agent, Money.of(100), Money.ZERO, Money.ZERO, 0);

        SettlementPlan plan = SettlementPlan.settle(unstaked, Committee.none("lock"), DEFAULTS, false);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.wallet(employer), Money.of(100), LedgerReason.JOB_REFUND));
        assertThat(plan.slashes()).isEmpty();
    }

    @Test
    void theResourceCostGoesToTheOperatorPoolOnSuccessAndTheLegsStillAddUpToTheEscrow() {
        Terms priced = new Terms(jobId, employer, agent, Money.of(100), Money.of(5), Money.of(1), 800, Money.of(30));

        SettlementPlan plan = SettlementPlan.settle(priced, Committee.none("lock"), DEFAULTS, true);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.OPERATOR_POOL, Money.of(30), LedgerReason.RESOURCE_PAYMENT),
                new Leg(escrow, AccountRef.wallet(agent), Money.of(100), LedgerReason.JOB_PAYOUT),
                new Leg(escrow, AccountRef.BURN, Money.of("0.05"), LedgerReason.FEE_BURN),
                new Leg(escrow, AccountRef.FEE_POOL, Money.of("4.95"), LedgerReason.JOB_FEE));
        assertThat(plan.resourcePayment()).isEqualTo(Money.of(30));
        assertThat(plan.escrowPaidOut()).isEqualTo(priced.escrow()).isEqualTo(Money.of(135));
    }

    @Test
    void onFailureTheResourceCostIsPaidAndTheEmployerGetsRewardAndFeeLessTheValidatorReward() {
        Terms priced = new Terms(jobId, employer, agent, Money.of(100), Money.of(5), Money.of(1), 800, Money.of(30));
        Member right = new Member(UUID.randomUUID(), Money.of(1_000), false);

        SettlementPlan plan = SettlementPlan.settle(priced, new Committee("lock", List.of(right)), DEFAULTS, false);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.wallet(right.validatorId()), Money.of(8), LedgerReason.VALIDATOR_REWARD),
                new Leg(escrow, AccountRef.OPERATOR_POOL, Money.of(30), LedgerReason.RESOURCE_PAYMENT),
                new Leg(escrow, AccountRef.wallet(employer), Money.of(97), LedgerReason.JOB_REFUND));
        assertThat(plan.escrowPaidOut()).isEqualTo(priced.escrow());
    }

    @Test
    void anExpiryRefundsTheResourceCostWithTheRestOfTheEscrow() {
        Terms priced = new Terms(jobId, employer, agent, Money.of(100), Money.of(5), Money.of(1), 800, Money.of(30));

        SettlementPlan plan = SettlementPlan.expire(priced);

        assertThat(plan.escrowLegs()).containsExactly(
                new Leg(escrow, AccountRef.wallet(employer), Money.of(135), LedgerReason.JOB_REFUND));
        assertThat(plan.resourcePayment()).isEqualTo(Money.ZERO);
    }
}
