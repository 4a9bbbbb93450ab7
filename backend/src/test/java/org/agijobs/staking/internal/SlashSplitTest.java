package org.agijobs.staking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;

class SlashSplitTest {

    @Test
    void splitsOneInHalvesBetweenEmployerAndTreasury() {
        SlashSplit split = SlashSplit.of(Money.of(1), 5_000, 0, true);

        assertThat(split).isEqualTo(new SlashSplit(Money.of("0.5"), Money.ZERO, Money.of("0.5")));
    }

    @Test
    void givesTheOddSmallestUnitToTheTreasury() {
        SlashSplit split = SlashSplit.of(Money.of("0.000000000000000003"), 5_000, 0, true);

        assertThat(split.toEmployer()).isEqualTo(Money.of("0.000000000000000001"));
        assertThat(split.toTreasury()).isEqualTo(Money.of("0.000000000000000002"));
    }

    @Test
    void roundsEveryShareButTheTreasurysDown() {
        SlashSplit split = SlashSplit.of(Money.of("0.000000000000000099"), 3_333, 3_333, true);

        assertThat(split.toEmployer()).isEqualTo(Money.of("0.000000000000000032"));
        assertThat(split.burned()).isEqualTo(Money.of("0.000000000000000032"));
        assertThat(split.toTreasury()).isEqualTo(Money.of("0.000000000000000035"));
    }

    @Test
    void withoutAnEmployerTheEmployerShareGoesToTheTreasury() {
        SlashSplit split = SlashSplit.of(Money.of(10), 5_000, 1_000, false);

        assertThat(split).isEqualTo(new SlashSplit(Money.ZERO, Money.of(1), Money.of(9)));
    }

    @Test
    void partsAlwaysAddUpToTheSlashExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Money amount = new Money(new BigDecimal(random.nextLong(1, Long.MAX_VALUE)).movePointLeft(random.nextInt(19)));
            long employer = random.nextLong(10_001);
            long burn = random.nextLong(10_001 - employer);

            SlashSplit split = SlashSplit.of(amount, employer, burn, random.nextBoolean());

            assertThat(split.toEmployer().plus(split.burned()).plus(split.toTreasury())).isEqualTo(amount);
            assertThat(split.toTreasury().isNegative()).isFalse();
        }
    }

    @Test
    void refusesASplitOverOneHundredPercent() {
        assertThatThrownBy(() -> SlashSplit.of(Money.of(1), 6_000, 5_000, true))
                .isInstanceOf(IllegalStateException.class);
    }
}
