package org.agijobs.resources;

import java.math.BigDecimal;

import org.agijobs.platform.money.Money;

/**
 * What a job's budgets cost at this moment's prices: {@code cost = energyBudget * energyUnitPrice +
 * computeBudget * computeUnitPrice}, each product rounded down to 1e-18. An absent budget counts as 0.
 */
public record ResourceQuote(BigDecimal energyBudget, Money energyUnitPrice, BigDecimal computeBudget,
        Money computeUnitPrice, Money cost) {

    public static final ResourceQuote NONE = new ResourceQuote(BigDecimal.ZERO, Money.ZERO, BigDecimal.ZERO,
            Money.ZERO, Money.ZERO);
}
