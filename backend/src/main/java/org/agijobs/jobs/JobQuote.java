package org.agijobs.jobs;

import org.agijobs.platform.money.Money;
import org.agijobs.resources.ResourceQuote;

/**
 * What posting a job with this reward and these budgets would hold in escrow right now: the fee at today's {@code
 * FEE_PCT}, the validator share at today's {@code VALIDATOR_REWARD_PCT}, and the resource cost at today's unit
 * prices. A job snapshots all of them when it is posted, so a quote follows every executed governance change (and
 * every change of scarcity) at once and a posted job never does.
 */
public record JobQuote(Money reward, int feeBps, Money fee, Money escrow, int validatorRewardBps,
        ResourceQuote resources) {

    public static JobQuote of(Money reward, int feeBps, int validatorRewardBps, ResourceQuote resources) {
        Money fee = reward.basisPoints(feeBps);
        return new JobQuote(reward, feeBps, fee, reward.plus(fee).plus(resources.cost()), validatorRewardBps,
                resources);
    }

    public Money resourceCost() {
        return resources.cost();
    }

    public Money energyUnitPrice() {
        return resources.energyUnitPrice();
    }

    public Money computeUnitPrice() {
        return resources.computeUnitPrice();
    }
}
