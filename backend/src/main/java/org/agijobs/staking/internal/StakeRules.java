package org.agijobs.staking.internal;

import java.util.Locale;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.staking.StakeBalance;

/**
 * The amount rules of deposits and withdrawal requests, as pure functions of the balances read under the
 * participant's staking lock. Minimums apply to bonded stake (free + locked): a deposit must bring it to the
 * minimum, a withdrawal must leave either nothing or at least the minimum, so a staker never sits below it
 * by choice (slashes may still push it below; eligibility checks catch that).
 */
final class StakeRules {

    static final String AMOUNT = "input.amount";

    private StakeRules() {
    }

    /**
     * @param bondedAcrossRoles free + locked stake of every role of the participant
     * @param cap               {@code MAX_STAKE_PER_ADDRESS}; zero means no cap
     */
    static void checkDeposit(Money amount, StakeBalance current, Money minimum, Money bondedAcrossRoles, Money cap) {
        Money after = current.bonded().plus(amount);
        if (after.isLessThan(minimum)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, AMOUNT, "The " + name(current) + " stake must reach the minimum of "
                    + minimum + "; deposit at least " + minimum.minus(current.bonded()));
        }
        if (cap.isPositive() && bondedAcrossRoles.plus(amount).isGreaterThan(cap)) {
            throw new DomainException(ErrorCode.LIMIT_REACHED, AMOUNT, "The stake per address is capped at " + cap
                    + " across roles; at most " + max(cap.minus(bondedAcrossRoles)) + " more can be deposited");
        }
    }

    static void checkWithdrawal(Money amount, StakeBalance current, Money minimum) {
        if (amount.isGreaterThan(current.free())) {
            String locked = current.locked().isPositive() ? " (" + current.locked() + " more is locked)" : "";
            throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, AMOUNT, "Only " + current.free() + " of the "
                    + name(current) + " stake is free to withdraw" + locked);
        }
        Money left = current.bonded().minus(amount);
        if (left.isPositive() && left.isLessThan(minimum)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, AMOUNT, "The " + name(current) + " stake left would be "
                    + left + ", below the minimum of " + minimum + "; withdraw everything free or at most "
                    + max(current.bonded().minus(minimum)));
        }
    }

    private static Money max(Money amount) {
        return amount.isNegative() ? Money.ZERO : amount;
    }

    private static String name(StakeBalance balance) {
        return balance.role().name().toLowerCase(Locale.ROOT);
    }
}
