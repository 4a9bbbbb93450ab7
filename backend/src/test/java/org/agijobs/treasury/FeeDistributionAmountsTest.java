package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.staking.StakeService;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.treasury.internal.FeeDistributor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exact amounts of a distribution on the real ledger. Other tests' stakers and fees share the database, so each
 * test runs in a transaction that is rolled back: it first sets the pool's balance and everyone else's platform
 * stake aside (to {@code external}), so the distribution sees exactly the stakers and fees the test put there,
 * and nothing of it outlives the test.
 */
@ApiTest
class FeeDistributionAmountsTest {

    private static final String OWNER = "subject-of-the-owner";

    @Autowired
    TreasuryFixture fixture;

    @Autowired
    FeeDistributor distributor;

    @Autowired
    FeeDistributionService fees;

    @Autowired
    StakeService staking;

    @Autowired
    Ledger ledger;

    Participant a;
    Participant b;
    Participant c;

    @BeforeEach
    void participants() {
        a = fixture.person("fee.a", "employer");
        b = fixture.person("fee.b", "agent");
        c = fixture.person("fee.c", "validator");
    }

    @Test
    void paysThePoolProRataToPlatformStakersWalletsRoundedDownAndKeepsTheRemainder() {
        fixture.rolledBack(() -> {
            isolate();
            stake(a, "1");
            stake(b, "2");
            stake(c, "4");
            fees(Money.of(10));

            FeeDistribution run = distributor.distribute(FeeDistributionTrigger.OWNER, OWNER);

            assertThat(fixture.wallet(a)).isEqualTo(Money.of("1.428571428571428571"));
            assertThat(fixture.wallet(b)).isEqualTo(Money.of("2.857142857142857142"));
            assertThat(fixture.wallet(c)).isEqualTo(Money.of("5.714285714285714285"));
            assertThat(fixture.balance(AccountRef.FEE_POOL)).isEqualTo(Money.of("0.000000000000000002"));
            assertThat(run.pool()).isEqualTo(Money.of(10));
            assertThat(run.totalStake()).isEqualTo(Money.of(7));
            assertThat(run.paidOut()).isEqualTo(Money.of("9.999999999999999998"));
            assertThat(run.toTreasury()).isEqualTo(Money.ZERO);
            assertThat(run.kept()).isEqualTo(Money.of("0.000000000000000002"));
            assertThat(run.recipients()).isEqualTo(3);
            assertThat(run.trigger()).isEqualTo(FeeDistributionTrigger.OWNER);
            assertThat(run.actor()).isEqualTo(OWNER);
            assertThat(fees.sharesOf(List.of(run.id())).get(run.id())).containsExactly(
                    new FeeShare(run.id(), c.id(), Money.of(4), Money.of("5.714285714285714285")),
                    new FeeShare(run.id(), b.id(), Money.of(2), Money.of("2.857142857142857142")),
                    new FeeShare(run.id(), a.id(), Money.of(1), Money.of("1.428571428571428571")));
            assertThat(fixture.movedOutOfPool(run.id())).isEqualByComparingTo("9.999999999999999998");
            assertThat(fixture.transfersOf(run.id())).isEqualTo(3);
            // Stake is a weight, not a payment: it stays where it was.
            assertThat(fixture.balance(TreasuryFixture.platformStake(c.id()))).isEqualTo(Money.of(4));
            return null;
        });
    }

    @Test
    void theRemainderKeptIsPaidOutWithTheNextEpochsFees() {
        fixture.rolledBack(() -> {
            isolate();
            stake(a, "1");
            stake(b, "2");
            stake(c, "4");
            fees(Money.of(10));
            distributor.distribute(FeeDistributionTrigger.SCHEDULED, null);
            fees(Money.of(5));

            FeeDistribution next = distributor.distribute(FeeDistributionTrigger.SCHEDULED, null);

            assertThat(next.pool()).isEqualTo(Money.of("5.000000000000000002"));
            assertThat(next.kept()).isEqualTo(Money.ZERO);
            assertThat(fixture.balance(AccountRef.FEE_POOL)).isEqualTo(Money.ZERO);
            assertThat(fixture.wallet(a)).isEqualTo(Money.of("2.142857142857142857"));
            assertThat(fixture.wallet(b)).isEqualTo(Money.of("4.285714285714285714"));
            assertThat(fixture.wallet(c)).isEqualTo(Money.of("8.571428571428571429"));
            assertThat(next.actor()).isNull();
            return null;
        });
    }

    @Test
    void withNoPlatformStakeAnywhereTheWholePoolGoesToTheTreasury() {
        fixture.rolledBack(() -> {
            isolate();
            fees(Money.of("10.000000000000000001"));
            Money treasury = fixture.balance(AccountRef.TREASURY);

            FeeDistribution run = distributor.distribute(FeeDistributionTrigger.SCHEDULED, null);

            assertThat(fixture.balance(AccountRef.TREASURY)).isEqualTo(treasury.plus(Money.of("10.000000000000000001")));
            assertThat(fixture.balance(AccountRef.FEE_POOL)).isEqualTo(Money.ZERO);
            assertThat(run.toTreasury()).isEqualTo(Money.of("10.000000000000000001"));
            assertThat(run.paidOut()).isEqualTo(Money.ZERO);
            assertThat(run.kept()).isEqualTo(Money.ZERO);
            assertThat(run.totalStake()).isEqualTo(Money.ZERO);
            assertThat(run.recipients()).isZero();
            assertThat(fees.sharesOf(List.of(run.id()))).isEqualTo(Map.of(run.id(), List.of()));
            assertThat(fixture.transfersOf(run.id())).isEqualTo(1);
            return null;
        });
    }

    @Test
    void anEmptyPoolMovesNothingButTheRunIsRecorded() {
        fixture.rolledBack(() -> {
            isolate();
            stake(a, "5");
            Money treasury = fixture.balance(AccountRef.TREASURY);

            FeeDistribution run = distributor.distribute(FeeDistributionTrigger.SCHEDULED, null);

            assertThat(run.pool()).isEqualTo(Money.ZERO);
            assertThat(run.paidOut()).isEqualTo(Money.ZERO);
            assertThat(run.toTreasury()).isEqualTo(Money.ZERO);
            assertThat(run.kept()).isEqualTo(Money.ZERO);
            assertThat(run.recipients()).isZero();
            assertThat(fixture.transfersOf(run.id())).isZero();
            assertThat(fixture.wallet(a)).isEqualTo(Money.ZERO);
            assertThat(fixture.balance(AccountRef.TREASURY)).isEqualTo(treasury);
            assertThat(fees.distribution(ownerCaller(), run.id())).contains(run);
            return null;
        });
    }

    @Test
    void onlyBondedPlatformStakeWeighsNotStakeThatIsUnbondingNorOtherRoles() {
        fixture.rolledBack(() -> {
            isolate();
            stake(a, "1");
            put(new AccountRef(AccountKind.UNBONDING_PLATFORM, a.id()), Money.of(100));
            put(new AccountRef(AccountKind.STAKE_AGENT, a.id()), Money.of(100));
            stake(b, "3");
            fees(Money.of(8));

            FeeDistribution run = distributor.distribute(FeeDistributionTrigger.SCHEDULED, null);

            assertThat(run.totalStake()).isEqualTo(Money.of(4));
            assertThat(fixture.wallet(a)).isEqualTo(Money.of(2));
            assertThat(fixture.wallet(b)).isEqualTo(Money.of(6));
            assertThat(run.kept()).isEqualTo(Money.ZERO);
            return null;
        });
    }

    @Test
    void aShareThatRoundsDownToNothingIsNeitherPaidNorListed() {
        fixture.rolledBack(() -> {
            isolate();
            stake(a, "1");
            stake(b, "3");
            fees(Money.of("0.000000000000000002"));

            FeeDistribution run = distributor.distribute(FeeDistributionTrigger.SCHEDULED, null);

            assertThat(run.recipients()).isEqualTo(1);
            assertThat(fixture.wallet(a)).isEqualTo(Money.ZERO);
            assertThat(fixture.wallet(b)).isEqualTo(Money.of("0.000000000000000001"));
            assertThat(run.kept()).isEqualTo(Money.of("0.000000000000000001"));
            assertThat(fees.sharesOf(List.of(run.id())).get(run.id())).extracting(FeeShare::participantId)
                    .containsExactly(b.id());
            return null;
        });
    }

    /** Takes the pool's balance and every platform stake out of sight, inside the test's rolled-back transaction. */
    private void isolate() {
        ledger.lock(List.of(AccountRef.FEE_POOL));
        Money pool = ledger.balanceOf(AccountRef.FEE_POOL);
        if (pool.isPositive()) {
            ledger.transfer(AccountRef.FEE_POOL, AccountRef.EXTERNAL, pool, LedgerReason.WITHDRAWAL, null);
        }
        staking.platformStakes().forEach((participant, stake) -> ledger.transfer(
                TreasuryFixture.platformStake(participant), AccountRef.EXTERNAL, stake, LedgerReason.WITHDRAWAL, null));
        assertThat(staking.platformStakes()).isEmpty();
    }

    private void stake(Participant person, String amount) {
        put(TreasuryFixture.platformStake(person.id()), Money.of(amount));
    }

    private void fees(Money amount) {
        put(AccountRef.FEE_POOL, amount);
    }

    private void put(AccountRef account, Money amount) {
        ledger.transfer(AccountRef.EXTERNAL, account, amount, LedgerReason.DEPOSIT, null);
    }

    private static Caller ownerCaller() {
        return new Caller(OWNER, "owner", "Owner", Set.of(Role.OWNER));
    }
}
