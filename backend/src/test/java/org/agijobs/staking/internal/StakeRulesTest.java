package org.agijobs.staking.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.staking.StakeBalance;
import org.agijobs.staking.StakeRole;
import org.junit.jupiter.api.Test;

class StakeRulesTest {

    private static final Money MINIMUM = Money.of(100);
    private static final Money NO_CAP = Money.ZERO;

    @Test
    void acceptsAFirstDepositThatReachesTheMinimum() {
        assertThatCode(() -> StakeRules.checkDeposit(Money.of(100), agent("0", "0"), MINIMUM, Money.ZERO, NO_CAP))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAFirstDepositBelowTheMinimum() {
        assertRefused(() -> StakeRules.checkDeposit(Money.of("99.999999999999999999"), agent("0", "0"), MINIMUM,
                Money.ZERO, NO_CAP), ErrorCode.INVALID_INPUT);
    }

    @Test
    void countsLockedStakeTowardsTheMinimum() {
        assertThatCode(() -> StakeRules.checkDeposit(Money.of(10), agent("40", "50"), MINIMUM, Money.of(90), NO_CAP))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsADepositThatReachesTheCapExactly() {
        assertThatCode(() -> StakeRules.checkDeposit(Money.of(100), agent("0", "0"), MINIMUM, Money.of(400),
                Money.of(500))).doesNotThrowAnyException();
    }

    @Test
    void refusesADepositOverTheCapAcrossRoles() {
        assertRefused(() -> StakeRules.checkDeposit(Money.of("100.000000000000000001"), agent("0", "0"), MINIMUM,
                Money.of(400), Money.of(500)), ErrorCode.LIMIT_REACHED);
    }

    @Test
    void aZeroCapMeansNoCap() {
        assertThatCode(() -> StakeRules.checkDeposit(Money.of(1_000_000), agent("0", "0"), MINIMUM,
                Money.of(1_000_000), NO_CAP)).doesNotThrowAnyException();
    }

    @Test
    void acceptsWithdrawingEverythingFree() {
        assertThatCode(() -> StakeRules.checkWithdrawal(Money.of(150), agent("150", "0"), MINIMUM))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsAWithdrawalThatLeavesTheMinimum() {
        assertThatCode(() -> StakeRules.checkWithdrawal(Money.of(50), agent("150", "0"), MINIMUM))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAWithdrawalThatLeavesLessThanTheMinimumButNotNothing() {
        assertRefused(() -> StakeRules.checkWithdrawal(Money.of("50.000000000000000001"), agent("150", "0"), MINIMUM),
                ErrorCode.INVALID_INPUT);
    }

    @Test
    void refusesWithdrawingLockedStake() {
        assertRefused(() -> StakeRules.checkWithdrawal(Money.of(101), agent("100", "1"), MINIMUM),
                ErrorCode.INSUFFICIENT_FUNDS);
    }

    @Test
    void refusesWithdrawingAllFreeStakeWhenTheLockedRestIsBelowTheMinimum() {
        assertRefused(() -> StakeRules.checkWithdrawal(Money.of(100), agent("100", "1"), MINIMUM),
                ErrorCode.INVALID_INPUT);
    }

    private static StakeBalance agent(String free, String locked) {
        return new StakeBalance(StakeRole.AGENT, Money.of(free), Money.of(locked), Money.ZERO);
    }

    private static void assertRefused(Runnable check, ErrorCode code) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("input.amount");
                });
    }
}
