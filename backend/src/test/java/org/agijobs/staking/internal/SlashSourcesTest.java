package org.agijobs.staking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;

class SlashSourcesTest {

    @Test
    void takesFromTheLockFirst() {
        assertThat(SlashSources.take(Money.of(1), Money.of(1), Money.of(100), Money.of(50)))
                .isEqualTo(new SlashSources(Money.of(1), Money.ZERO, Money.ZERO));
    }

    @Test
    void takesBeyondTheLockFromFreeStakeThenFromUnbonding() {
        assertThat(SlashSources.take(Money.of(30), Money.of(5), Money.of(10), Money.of(50)))
                .isEqualTo(new SlashSources(Money.of(5), Money.of(10), Money.of(15)));
    }

    @Test
    void takesWhatThereIsWhenTheStakeRunsOut() {
        SlashSources sources = SlashSources.take(Money.of(100), Money.of(1), Money.of(2), Money.of(3));

        assertThat(sources).isEqualTo(new SlashSources(Money.of(1), Money.of(2), Money.of(3)));
        assertThat(sources.total()).isEqualTo(Money.of(6));
    }

    @Test
    void aZeroSlashTakesNothing() {
        assertThat(SlashSources.take(Money.ZERO, Money.of(1), Money.of(2), Money.of(3)).total()).isEqualTo(Money.ZERO);
    }
}
