package org.agijobs.jobs;

import org.agijobs.platform.money.Money;

/**
 * What posting a job with this reward would hold in escrow right now: the fee at today's {@code FEE_PCT}, and the
 * validator share at today's {@code VALIDATOR_REWARD_PCT}. A job snapshots both when it is posted, so a quote
 * follows every executed governance change at once and a posted job never does.
 */
public record JobQuote(Money reward, int feeBps, Money fee, Money escrow, int validatorRewardBps) {

    public static JobQuote of(Money reward, int feeBps, int validatorRewardBps) {
        Money fee = reward.basisPoints(feeBps);
        return new JobQuote(reward, feeBps, fee, reward.plus(fee), validatorRewardBps);
    }
}
