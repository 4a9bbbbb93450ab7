package org.agijobs.treasury.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.SequencedMap;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;

class FeeSplitTest {

    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID C = new UUID(0, 3);

    @Test
    void paysEachStakerItsShareRoundedDownAndKeepsTheRemainderInThePool() {
        FeeSplit split = FeeSplit.of(Money.of(10), stakes(A, "1", B, "2", C, "4"));

        assertThat(split.shares()).containsExactly(
                new FeeSplit.Share(A, Money.of(1), Money.of("1.428571428571428571")),
                new FeeSplit.Share(B, Money.of(2), Money.of("2.857142857142857142")),
                new FeeSplit.Share(C, Money.of(4), Money.of("5.714285714285714285")));
        assertThat(split.totalStake()).isEqualTo(Money.of(7));
        assertThat(split.paidOut()).isEqualTo(Money.of("9.999999999999999998"));
        assertThat(split.kept()).isEqualTo(Money.of("0.000000000000000002"));
        assertThat(split.toTreasury()).isEqualTo(Money.ZERO);
    }

    @Test
    void aRemainderKeptOnceIsPaidOutWithTheNextEpochsFees() {
        Money kept = FeeSplit.of(Money.of(10), stakes(A, "1", B, "2", C, "4")).kept();

        FeeSplit next = FeeSplit.of(kept.plus(Money.of(5)), stakes(A, "1", B, "2", C, "4"));

        assertThat(next.shares()).extracting(FeeSplit.Share::amount).containsExactly(
                Money.of("0.714285714285714286"), Money.of("1.428571428571428572"), Money.of("2.857142857142857144"));
        assertThat(next.kept()).isEqualTo(Money.ZERO);
    }

    @Test
    void withNoPlatformStakeTheWholePoolGoesToTheTreasury() {
        FeeSplit split = FeeSplit.of(Money.of("10.000000000000000001"), stakes());

        assertThat(split.toTreasury()).isEqualTo(Money.of("10.000000000000000001"));
        assertThat(split.shares()).isEmpty();
        assertThat(split.kept()).isEqualTo(Money.ZERO);
        assertThat(split.totalStake()).isEqualTo(Money.ZERO);
    }

    @Test
    void anEmptyPoolPaysNobody() {
        assertThat(FeeSplit.of(Money.ZERO, stakes(A, "1"))).isEqualTo(
                new FeeSplit(Money.ZERO, Money.of(1), List.of(), Money.ZERO, Money.ZERO));
        assertThat(FeeSplit.of(Money.ZERO, stakes())).isEqualTo(
                new FeeSplit(Money.ZERO, Money.ZERO, List.of(), Money.ZERO, Money.ZERO));
    }

    @Test
    void aShareThatRoundsDownToNothingIsNotPaidAndStaysInThePool() {
        FeeSplit dust = FeeSplit.of(Money.of("0.000000000000000001"), stakes(A, "1", B, "2"));
        assertThat(dust.shares()).isEmpty();
        assertThat(dust.kept()).isEqualTo(Money.of("0.000000000000000001"));

        FeeSplit uneven = FeeSplit.of(Money.of("0.000000000000000002"), stakes(A, "1", B, "3"));
        assertThat(uneven.shares()).containsExactly(new FeeSplit.Share(B, Money.of(3), Money.of("0.000000000000000001")));
        assertThat(uneven.kept()).isEqualTo(Money.of("0.000000000000000001"));
    }

    @Test
    void aSingleStakerGetsThePoolWhole() {
        FeeSplit split = FeeSplit.of(Money.of("3.333333333333333333"), stakes(A, "0.000000000000000001"));

        assertThat(split.shares()).containsExactly(
                new FeeSplit.Share(A, Money.of("0.000000000000000001"), Money.of("3.333333333333333333")));
        assertThat(split.kept()).isEqualTo(Money.ZERO);
    }

    @Test
    void thePartsAlwaysAddUpToThePoolAndEachShareIsTheRoundedDownProRataAmount() {
        Random random = new Random(20_260_101);
        for (int round = 0; round < 2_000; round++) {
            Money pool = randomAmount(random);
            SequencedMap<UUID, Money> stakes = new LinkedHashMap<>();
            for (int staker = random.nextInt(12); staker > 0; staker--) {
                stakes.put(UUID.randomUUID(), randomAmount(random).plus(Money.of("0.000000000000000001")));
            }
            BigDecimal total = stakes.values().stream().map(Money::value).reduce(BigDecimal.ZERO, BigDecimal::add);

            FeeSplit split = FeeSplit.of(pool, stakes);

            assertThat(split.paidOut().plus(split.toTreasury()).plus(split.kept())).isEqualTo(pool);
            assertThat(split.kept().isNegative()).isFalse();
            for (FeeSplit.Share share : split.shares()) {
                BigDecimal exact = pool.value().multiply(share.stake().value());
                assertThat(share.amount().value().multiply(total)).isLessThanOrEqualTo(exact);
                assertThat(share.amount().value().add(new BigDecimal("1E-18")).multiply(total)).isGreaterThan(exact);
            }
            if (!stakes.isEmpty() && pool.isPositive()) {
                // Each share loses less than 1e-18 to rounding, so less than one unit per staker stays behind.
                assertThat(split.kept().value()).isLessThan(new BigDecimal("1E-18").multiply(BigDecimal.valueOf(stakes.size())));
            }
        }
    }

    @Test
    void refusesANegativePoolOrAStakeThatIsNotPositive() {
        assertThatThrownBy(() -> FeeSplit.of(Money.of(-1), stakes(A, "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeSplit.of(Money.of(1), stakes(A, "0"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static SequencedMap<UUID, Money> stakes(Object... idsAndAmounts) {
        SequencedMap<UUID, Money> stakes = new LinkedHashMap<>();
        for (int i = 0; i < idsAndAmounts.length; i += 2) {
            stakes.put((UUID) idsAndAmounts[i], Money.of((String) idsAndAmounts[i + 1]));
        }
        return stakes;
    }

    /** From 0 to about 1.2 million, in units of 1e-18 of every magnitude, so both dust and large sums occur. */
    private static Money randomAmount(Random random) {
        return new Money(new BigDecimal(new BigInteger(random.nextInt(1, 81), random), Money.SCALE));
    }
}
