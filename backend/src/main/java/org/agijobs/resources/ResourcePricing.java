package org.agijobs.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.agijobs.platform.money.Money;

/**
 * The price of a unit by scarcity, {@code price = base * (1 + max(0, 1 - available / capacity))} with {@code
 * available = max(0, capacity - reserved)}: the base price while nothing is reserved, twice it when everything is.
 * Computed in one division, {@code base * (capacity + min(reserved, capacity)) / capacity}, rounded down to
 * 1e-18 like every percentage of an amount (DOMAIN.md, Money). A capacity of 0 has nothing available: the price
 * is that of full scarcity, twice the base. A cost is {@code budget * price}, rounded down to 1e-18.
 */
public final class ResourcePricing {

    private ResourcePricing() {
    }

    /** What is left to reserve: never negative, even after governance lowered the capacity below the reserved. */
    public static BigDecimal available(BigDecimal capacity, BigDecimal reserved) {
        return capacity.subtract(reserved).max(BigDecimal.ZERO);
    }

    public static Money unitPrice(Money base, BigDecimal capacity, BigDecimal reserved) {
        if (capacity.signum() <= 0) {
            return base.plus(base);
        }
        BigDecimal used = reserved.max(BigDecimal.ZERO).min(capacity);
        return new Money(base.value().multiply(capacity.add(used)).divide(capacity, Money.SCALE, RoundingMode.DOWN));
    }

    public static Money cost(BigDecimal budget, Money unitPrice) {
        return new Money(budget.multiply(unitPrice.value()).setScale(Money.SCALE, RoundingMode.DOWN));
    }
}
