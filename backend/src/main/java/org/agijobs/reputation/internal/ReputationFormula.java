package org.agijobs.reputation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.agijobs.platform.money.Money;

/**
 * The reputation arithmetic of DOMAIN.md (Reputation), exact: integers and BigDecimal, never floating point.
 *
 * <pre>
 * w   = reward in whole tokens, rounded down
 * p   = floor(w^3 / 100,000)
 * pts = ceil(log2(1 + p * 1,000,000)) + floor(duration_seconds / 10,000)
 * success:   n = cur + pts;  new = min(88,888, floor(n / (1 + n^2 / 88,888^2)))   (the ratio to 18 places, down)
 * failure:   new = max(0, cur - pts)
 * validator: + floor(pts * 8 / 100) on the outcome side, - 1 when wrong or silent; within [0, 88,888]
 * </pre>
 *
 * {@code ceil(log2(1 + x))} is the bit length of {@code x} for every {@code x >= 0}: the smallest {@code k} with
 * {@code 2^k > x}, that is {@code 2^k >= x + 1}.
 */
public final class ReputationFormula {

    /** The highest score of any role. */
    public static final long MAX_SCORE = 88_888;
    /** What a non-revealer or a wrong voter loses. */
    public static final long VALIDATOR_PENALTY = 1;

    private static final BigInteger REWARD_DIVISOR = BigInteger.valueOf(100_000);
    private static final BigInteger LOG_MULTIPLIER = BigInteger.valueOf(1_000_000);
    private static final long SECONDS_PER_POINT = 10_000;
    private static final BigDecimal MAX_SQUARED = BigDecimal.valueOf(MAX_SCORE * MAX_SCORE);
    private static final int DIVISOR_SCALE = 18;
    private static final long VALIDATOR_SHARE_PERCENT = 8;

    private ReputationFormula() {
    }

    /**
     * The points a job is worth: the reward term plus one point per 10,000 seconds between assignment and
     * submission. A missing or negative duration counts as zero.
     */
    public static long points(Money reward, Instant assignedAt, Instant submittedAt) {
        Duration worked = assignedAt == null || submittedAt == null ? Duration.ZERO
                : Duration.between(assignedAt, submittedAt);
        return rewardPoints(reward) + durationPoints(worked);
    }

    /** {@code ceil(log2(1 + p * 1,000,000))} with {@code p = floor(w^3 / 100,000)}; 0 when p is 0. */
    public static long rewardPoints(Money reward) {
        BigInteger wholeTokens = reward.value().setScale(0, RoundingMode.DOWN).toBigIntegerExact().max(BigInteger.ZERO);
        BigInteger p = wholeTokens.pow(3).divide(REWARD_DIVISOR);
        return p.multiply(LOG_MULTIPLIER).bitLength();
    }

    /** {@code floor(duration_seconds / 10,000)}, never negative. */
    public static long durationPoints(Duration worked) {
        return Math.max(0, worked.getSeconds()) / SECONDS_PER_POINT;
    }

    /** The agent's score after a success worth {@code points}: damped, then capped. */
    public static long afterSuccess(long current, long points) {
        long n = current + points;
        if (n <= 0) {
            return 0;
        }
        BigDecimal raised = BigDecimal.valueOf(n);
        BigDecimal divisor = BigDecimal.ONE.add(raised.multiply(raised)
                .divide(MAX_SQUARED, DIVISOR_SCALE, RoundingMode.DOWN));
        long damped = raised.divide(divisor, 0, RoundingMode.DOWN).longValueExact();
        return Math.min(damped, MAX_SCORE);
    }

    /** A score after losing {@code points}, never below 0. */
    public static long afterLoss(long current, long points) {
        return Math.max(0, current - points);
    }

    /** A score after a plain gain of {@code points}, never above the cap. */
    public static long afterGain(long current, long points) {
        return Math.min(MAX_SCORE, current + points);
    }

    /** What a validator on the outcome side gains from a job worth {@code agentPoints}. */
    public static long validatorGain(long agentPoints) {
        return agentPoints * VALIDATOR_SHARE_PERCENT / 100;
    }
}
