package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.parameters.Parameter;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class StakeDepositTest {

    private static final String DEPOSIT = "depositStake";

    @Autowired
    StakingFixture fixture;

    @Autowired
    StakeEventRecorder events;

    StakingApi api;

    @BeforeEach
    void api() {
        api = fixture.api();
    }

    @Test
    void movesExactlyTheAmountFromTheWalletToTheRoleStake() {
        Participant agent = fixture.fundedStaker("exact.agent", "150.5", "agent");

        var response = api.deposit(agent.token(), "AGENT", "100.000000000000000001", null);

        assertThat(StakingApi.errors(response, DEPOSIT)).isEmpty();
        assertThat(StakingApi.result(response, DEPOSIT, "stake"))
                .containsEntry("role", "AGENT").containsEntry("free", "100.000000000000000001")
                .containsEntry("locked", "0").containsEntry("unbonding", "0").containsEntry("minimum", "100");
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of("50.499999999999999999"));
        assertThat(api.stake(agent.token(), "AGENT")).containsEntry("free", "100.000000000000000001");
        assertThat(events.of(StakeDeposited.class).filter(e -> e.participantId().equals(agent.id())))
                .singleElement().extracting(StakeDeposited::amount).isEqualTo(Money.of("100.000000000000000001"));
    }

    @Test
    void laterDepositsMayBeSmallOnceTheMinimumIsReached() {
        Participant validator = fixture.fundedStaker("topping.validator", "1001", "validator");
        api.deposit(validator.token(), "VALIDATOR", "1000", null);

        var response = api.deposit(validator.token(), "VALIDATOR", "0.000000000000000001", null);

        assertThat(StakingApi.errors(response, DEPOSIT)).isEmpty();
        assertThat(StakingApi.result(response, DEPOSIT, "stake")).containsEntry("free", "1000.000000000000000001");
    }

    @Test
    void refusesAFirstDepositBelowTheMinimumAndMovesNothing() {
        Participant validator = fixture.fundedStaker("small.validator", "5000", "validator");

        var response = api.deposit(validator.token(), "VALIDATOR", "999.999999999999999999", null);

        assertThat(StakingApi.errors(response, DEPOSIT)).singleElement()
                .satisfies(error -> {
                    assertThat(error.code()).isEqualTo("INVALID_INPUT");
                    assertThat(error.field()).isEqualTo("input.amount");
                });
        assertThat((Object) response.field(DEPOSIT + ".stake").getValue()).isNull();
        assertThat(fixture.wallet(validator.id())).isEqualTo(Money.of(5000));
    }

    @Test
    void refusesMoreThanTheWalletHolds() {
        Participant agent = fixture.fundedStaker("poor.agent", "99", "agent");

        var response = api.deposit(agent.token(), "AGENT", "100", null);

        assertThat(StakingApi.codes(response, DEPOSIT)).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(99));
    }

    @Test
    void refusesADepositOverTheCapAcrossRoles() {
        Participant both = fixture.fundedStaker("capped.staker", "2000", "agent", "validator");
        fixture.withParameter(Parameter.MAX_STAKE_PER_ADDRESS, "1150", () -> {
            assertThat(StakingApi.errors(api.deposit(both.token(), "VALIDATOR", "1000", null), DEPOSIT)).isEmpty();

            var over = api.deposit(both.token(), "AGENT", "150.000000000000000001", null);
            var exact = api.deposit(both.token(), "AGENT", "150", null);

            assertThat(StakingApi.codes(over, DEPOSIT)).containsExactly("LIMIT_REACHED");
            assertThat(StakingApi.errors(exact, DEPOSIT)).isEmpty();
        });
        assertThat(fixture.wallet(both.id())).isEqualTo(Money.of(850));
    }

    @Test
    void refusesBlacklistedParticipants() {
        Participant agent = fixture.fundedStaker("banned.agent", "500", "agent");
        fixture.blacklist(agent.id());

        var response = api.deposit(agent.token(), "AGENT", "100", null);

        assertThat(StakingApi.codes(response, DEPOSIT)).containsExactly("BLACKLISTED");
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(500));
    }

    @Test
    void refusesParticipantsWhoHaveNotAcknowledgedTheTerms() {
        Participant agent = fixture.newcomer("new.agent", "agent");
        fixture.fund(agent.id(), Money.of(500));

        var response = api.deposit(agent.token(), "AGENT", "100", null);

        assertThat(StakingApi.codes(response, DEPOSIT)).containsExactly("POLICY_NOT_ACKNOWLEDGED");
    }

    @Test
    void refusesMalformedAmountsAsUserErrors() {
        Participant agent = fixture.fundedStaker("sloppy.agent", "500", "agent");

        for (String amount : new String[] {"-1", "0", "1.0000000000000000001", "ten"}) {
            var response = api.deposit(agent.token(), "AGENT", amount, null);

            assertThat(StakingApi.errors(response, DEPOSIT)).as(amount).singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("input.amount"))
                    .satisfies(error -> assertThat(error.code()).isEqualTo("INVALID_INPUT"));
        }
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(500));
    }

    @Test
    void aReplayedKeyDepositsOnceAndReturnsTheFirstResponse() {
        Participant agent = fixture.fundedStaker("replaying.agent", "500", "agent");

        var first = api.deposit(agent.token(), "AGENT", "200", "deposit-1");
        var replay = api.deposit(agent.token(), "AGENT", "200", "deposit-1");
        var reused = api.deposit(agent.token(), "AGENT", "201", "deposit-1");

        assertThat(StakingApi.result(replay, DEPOSIT, "stake")).isEqualTo(StakingApi.result(first, DEPOSIT, "stake"));
        assertThat(StakingApi.codes(reused, DEPOSIT)).containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(300));
    }
}
