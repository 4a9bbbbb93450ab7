package org.agijobs.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcePricingTest {

    @ParameterizedTest(name = "{1} of {0} reserved at base {2}: {3}")
    @CsvSource({
            "100, 0, 1, 1",
            "100, 50, 1, 1.5",
            "100, 100, 1, 2",
            "1000, 500, 0.05, 0.075",
            "100, 150, 1, 2",
            "0, 0, 1, 2",
            "3, 1, 0.000000000000000001, 0.000000000000000001",
            "3, 2, 0.000000000000000002, 0.000000000000000003"})
    void priceRisesWithScarcityFromTheBaseToTwiceItRoundedDown(String capacity, String reserved, String base,
            String price) {
        assertThat(ResourcePricing.unitPrice(Money.of(base), new BigDecimal(capacity), new BigDecimal(reserved)))
                .isEqualTo(Money.of(price));
    }

    @Test
    void availableIsWhatCapacityLeavesAndNeverNegative() {
        assertThat(ResourcePricing.available(new BigDecimal("100"), new BigDecimal("40"))).isEqualByComparingTo("60");
        assertThat(ResourcePricing.available(new BigDecimal("100"), new BigDecimal("130"))).isEqualByComparingTo("0");
    }

    @Test
    void aCostIsBudgetTimesPriceRoundedDownToTheSmallestUnit() {
        assertThat(ResourcePricing.cost(new BigDecimal("20"), Money.of("1.5"))).isEqualTo(Money.of(30));
        assertThat(ResourcePricing.cost(new BigDecimal("0.5"), Money.of("0.000000000000000003")))
                .isEqualTo(Money.of("0.000000000000000001"));
        assertThat(ResourcePricing.cost(BigDecimal.ZERO, Money.of(7))).isEqualTo(Money.ZERO);
    }

    @Test
    void aLevelQuotesItsOwnPrice() {
        ResourceLevel level = ResourceLevel.of(Resource.ENERGY, new BigDecimal("100"), new BigDecimal("50"), Money.of(2));
        assertThat(level.available()).isEqualByComparingTo("50");
        assertThat(level.unitPrice()).isEqualTo(Money.of(3));
        assertThat(level.cost(new BigDecimal("10"))).isEqualTo(Money.of(30));
    }
}
