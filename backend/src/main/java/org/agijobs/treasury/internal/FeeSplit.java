package org.agijobs.treasury.internal;

import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * How a pool is divided (DOMAIN.md, Rounding): each staker gets {@code pool * stake / totalStake} rounded down
 * to 1e-18 and the remainder stays in the pool for the next epoch; with no stake at all, the whole pool goes
 * to the treasury. The parts always add up to the pool exactly.
 */
record FeeSplit(Money pool, Money totalStake, List<Share> shares, Money toTreasury, Money kept) {

    /** One staker's part; only positive shares are listed, since a zero share moves nothing. */
    record Share(UUID participant, Money stake, Money amount) {
    }

    static FeeSplit of(Money pool, SequencedMap<UUID, Money> stakes) {
        if (pool.isNegative() || stakes.values().stream().anyMatch(stake -> !stake.isPositive())) {
            throw new IllegalArgumentException("A split needs a pool >= 0 and positive stakes");
        }
        Money totalStake = stakes.values().stream().reduce(Money.ZERO, Money::plus);
        if (pool.isZero()) {
            return new FeeSplit(pool, totalStake, List.of(), Money.ZERO, Money.ZERO);
        }
        if (totalStake.isZero()) {
            return new FeeSplit(pool, totalStake, List.of(), pool, Money.ZERO);
        }
        List<Share> shares = stakes.entrySet().stream()
                .map(stake -> new Share(stake.getKey(), stake.getValue(),
                        pool.share(stake.getValue().value(), totalStake.value())))
                .filter(share -> share.amount().isPositive())
                .toList();
        return new FeeSplit(pool, totalStake, shares, Money.ZERO, pool.minus(sum(shares)));
    }

    /** What the stakers get, all shares together. */
    Money paidOut() {
        return sum(shares);
    }

    private static Money sum(List<Share> shares) {
        return shares.stream().map(Share::amount).reduce(Money.ZERO, Money::plus);
    }
}
