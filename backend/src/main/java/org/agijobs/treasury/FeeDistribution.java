package org.agijobs.treasury;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One run of the fee-pool distribution. {@code pool = paidOut + toTreasury + kept} exactly: stakers' shares are
 * rounded down and the remainder is {@code kept} in the pool for the next epoch; {@code toTreasury} is the whole
 * pool when nobody held platform stake, else zero.
 *
 * @param actor      the owner's token subject; null for a scheduled run
 * @param totalStake the platform stake the shares were weighed against
 * @param recipients how many stakers were paid (a share that rounds down to zero is not paid)
 */
public record FeeDistribution(UUID id, Instant ranAt, FeeDistributionTrigger trigger, @Nullable String actor,
        Money pool, Money totalStake, Money paidOut, Money toTreasury, Money kept, int recipients) {
}
