package org.agijobs.resources;

import java.math.BigDecimal;

import org.agijobs.platform.money.Money;

/**
 * One resource as it stands now: its governed capacity and base price, what assigned jobs hold reserved, what is
 * left ({@code max(0, capacity - reserved)}) and the unit price this scarcity gives ({@link ResourcePricing}).
 */
public record ResourceLevel(Resource resource, BigDecimal capacity, BigDecimal reserved, BigDecimal available,
        Money basePrice, Money unitPrice) {

    public static ResourceLevel of(Resource resource, BigDecimal capacity, BigDecimal reserved, Money basePrice) {
        return new ResourceLevel(resource, capacity, reserved, ResourcePricing.available(capacity, reserved),
                basePrice, ResourcePricing.unitPrice(basePrice, capacity, reserved));
    }

    /** What {@code budget} units cost at this level's price. */
    public Money cost(BigDecimal budget) {
        return ResourcePricing.cost(budget, unitPrice);
    }
}
