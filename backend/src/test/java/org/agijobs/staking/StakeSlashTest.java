package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.time.Duration;
import java.util.Map;

import org.agijobs.parameters.Parameter;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Slashes as settlement calls them, checked to the last 1e-18 on every account they touch. */
@ApiTest
class StakeSlashTest {

    @Autowired
    StakingFixture fixture;

    @Autowired
    StakeService staking;

    @Autowired
    StakeEventRecorder events;

    @Autowired
    MutableClock clock;

    Participant agent;
    Participant employer;

    @BeforeEach
    void parties() {
        agent = fixture.fundedStaker("slashed.agent", "300", "agent");
        employer = fixture.staker("harmed.employer", "employer");
        fixture.api().deposit(agent.token(), "AGENT", "300", null);
    }

    @Test
    void splitsASlashOfOneInHalvesBetweenEmployerAndTreasury() {
        lock("job-1", "1");
        Money treasury = fixture.balance(AccountRef.TREASURY);

        StakeSlash slash = slash("job-1", "1", employer);

        assertThat(slash.slashed()).isEqualTo(Money.of(1));
        assertThat(slash.fromLocked()).isEqualTo(Money.of(1));
        assertThat(fixture.wallet(employer.id())).isEqualTo(Money.of("0.5"));
        assertThat(fixture.balance(AccountRef.TREASURY).minus(treasury)).isEqualTo(Money.of("0.5"));
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT))
                .isEqualTo(new StakeBalance(StakeRole.AGENT, Money.of(299), Money.ZERO, Money.ZERO));
        assertThat(events.of(StakeSlashed.class).map(StakeSlashed::slash)).contains(slash);
    }

    @Test
    void givesTheOddSmallestUnitToTheTreasury() {
        lock("job-2", "0.000000000000000003");
        Money treasury = fixture.balance(AccountRef.TREASURY);

        slash("job-2", "0.000000000000000003", employer);

        assertThat(fixture.wallet(employer.id())).isEqualTo(Money.of("0.000000000000000001"));
        assertThat(fixture.balance(AccountRef.TREASURY).minus(treasury)).isEqualTo(Money.of("0.000000000000000002"));
    }

    @Test
    void splitsByTheGovernedPercentagesWithBurnRoundedDown() {
        lock("job-3", "10");
        Money treasury = fixture.balance(AccountRef.TREASURY);
        Money burn = fixture.balance(AccountRef.BURN);

        fixture.withParameter(Parameter.SLASH_EMPLOYER_PCT, "3333", () -> fixture.withParameter(
                Parameter.SLASH_BURN_PCT, "3333", () -> slash("job-3", "0.000000000000000099", employer)));

        assertThat(fixture.wallet(employer.id())).isEqualTo(Money.of("0.000000000000000032"));
        assertThat(fixture.balance(AccountRef.BURN).minus(burn)).isEqualTo(Money.of("0.000000000000000032"));
        assertThat(fixture.balance(AccountRef.TREASURY).minus(treasury)).isEqualTo(Money.of("0.000000000000000035"));
    }

    @Test
    void withoutAnEmployerTheWholeSlashGoesToTheTreasury() {
        lock("job-4", "2");
        Money treasury = fixture.balance(AccountRef.TREASURY);

        StakeSlash slash = slash("job-4", "2", null);

        assertThat(slash.toEmployer()).isEqualTo(Money.ZERO);
        assertThat(fixture.balance(AccountRef.TREASURY).minus(treasury)).isEqualTo(Money.of(2));
    }

    @Test
    void aSlashDuringUnbondingShrinksThePendingAmount() {
        String withdrawalId = (String) StakingApi.result(
                fixture.api().requestWithdrawal(agent.token(), "AGENT", "150", null), "requestStakeWithdrawal",
                "withdrawal").get("id");
        lock("job-5", "10");

        StakeSlash slash = slash("job-5", "200", employer);

        assertThat(slash).extracting(StakeSlash::fromLocked, StakeSlash::fromFree, StakeSlash::fromUnbonding)
                .containsExactly(Money.of(10), Money.of(140), Money.of(50));
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT))
                .isEqualTo(new StakeBalance(StakeRole.AGENT, Money.ZERO, Money.ZERO, Money.of(100)));
        Map<String, Object> stake = fixture.api().stake(agent.token(), "AGENT");
        assertThat(stake.get("pendingWithdrawals")).asInstanceOf(LIST).singleElement().asInstanceOf(MAP)
                .containsEntry("requestedAmount", "150").containsEntry("amount", "100");

        clock.advance(Duration.ofDays(7));
        var finalized = fixture.api().finalizeWithdrawal(agent.token(), withdrawalId, null);

        assertThat(StakingApi.result(finalized, "finalizeStakeWithdrawal", "withdrawal")).containsEntry("amount", "100");
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(100));
        assertThat(fixture.wallet(employer.id())).isEqualTo(Money.of(100));
    }

    @Test
    void aSlashBeyondTheWholeStakeTakesWhatThereIs() {
        lock("job-6", "1");

        StakeSlash slash = slash("job-6", "1000", employer);

        assertThat(slash.requested()).isEqualTo(Money.of(1000));
        assertThat(slash.slashed()).isEqualTo(Money.of(300));
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT))
                .isEqualTo(new StakeBalance(StakeRole.AGENT, Money.ZERO, Money.ZERO, Money.ZERO));
    }

    @Test
    void aSlashNeverTouchesOtherReferencesLocks() {
        lock("job-7", "100");
        lock("job-8", "150");

        StakeSlash slash = slash("job-7", "200", employer);

        assertThat(slash.slashed()).isEqualTo(Money.of(150));
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT))
                .isEqualTo(new StakeBalance(StakeRole.AGENT, Money.ZERO, Money.of(150), Money.ZERO));
        assertThat(fixture.transact(() -> staking.release(agent.id(), StakeRole.AGENT, "job-7"))).isEqualTo(Money.ZERO);
        assertThat(fixture.transact(() -> staking.release(agent.id(), StakeRole.AGENT, "job-8")))
                .isEqualTo(Money.of(150));
    }

    @Test
    void aPartialSlashLeavesTheRestOfTheLockForTheRelease() {
        lock("job-9", "10");

        slash("job-9", "4", employer);
        Money released = fixture.transact(() -> staking.release(agent.id(), StakeRole.AGENT, "job-9"));

        assertThat(released).isEqualTo(Money.of(6));
        assertThat(staking.stakeOf(agent.id(), StakeRole.AGENT).free()).isEqualTo(Money.of(296));
    }

    private void lock(String reference, String amount) {
        fixture.inTransaction(() -> staking.lock(agent.id(), StakeRole.AGENT, Money.of(amount), reference));
    }

    private StakeSlash slash(String reference, String amount, Participant employer) {
        return fixture.transact(() -> staking.slash(agent.id(), StakeRole.AGENT, reference, Money.of(amount),
                employer == null ? null : employer.id()));
    }
}
