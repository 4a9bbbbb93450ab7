package org.agijobs.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.000000000000000001", "0", "0.000", "0.0000000000000000001",
            "1.0000000000000000001", "abc", "1,5", "1e", "", "  ", "NaN", "Infinity", "0x10",
            "100000000000000000000"})
    void refusesAmountsThatAreNotPositiveExactAndInRange(String text) {
        assertRefused(text);
    }

    /** One spelling: a plain decimal. Each of these is a number BigDecimal would read, and each is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"+1", "01", "00.5", "1.", ".5", "1e2", "1E2", "1e999999999", " 7 ", " 7", "7 ", "\t7",
            "1.000000000000000000000", "1_000", "\u0661", "12.5\n"})
    void refusesEverySpellingButAPlainDecimal(String text) {
        assertRefused(text);
    }

    @Test
    void refusesHugeTextsWithoutEchoingThem() {
        for (String huge : new String[] {"9".repeat(100_000), "0." + "0".repeat(100_000) + "1", "1" + "0".repeat(21)}) {
            assertThatThrownBy(() -> Money.parsePositive(huge, "input.amount"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                        assertThat(e.getMessage()).hasSizeLessThan(300);
                    });
        }
    }

    @ParameterizedTest
    @NullSource
    void refusesAMissingAmount(String text) {
        assertThatThrownBy(() -> Money.parsePositive(text, "input.reward"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("input.reward"));
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1",
            "0.000000000000000001, 0.000000000000000001",
            "12.50, 12.5",
            "0.5, 0.5",
            "100, 100",
            "99999999999999999999.999999999999999999, 99999999999999999999.999999999999999999",
            "1.000000000000000000, 1"})
    void acceptsPositiveAmountsWithAtMostEighteenDecimals(String text, String expected) {
        assertThat(Money.parsePositive(text, "input.amount").toString()).isEqualTo(expected);
    }

    @Test
    void keepsEighteenDecimalsInternally() {
        assertThat(Money.of("1.5").value().scale()).isEqualTo(18);
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.500"));
    }

    @Test
    void refusesConstructingMoreThanEighteenDecimals() {
        assertThatThrownBy(() -> new Money(new BigDecimal("0.0000000000000000001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "100, 500, 5",
            "0.000000000000000019, 500, 0",
            "0.000000000000000039, 500, 0.000000000000000001",
            "1, 1, 0.0001",
            "0.000000000000000001, 9999, 0",
            "123.456, 10000, 123.456"})
    void takesBasisPointsRoundedDown(String amount, long bps, String expected) {
        assertThat(Money.of(amount).basisPoints(bps)).isEqualTo(Money.of(expected));
    }

    @Test
    void sharesProRataRoundedDownSoThePartsNeverExceedTheWhole() {
        Money whole = Money.of("100");
        BigDecimal total = BigDecimal.valueOf(3);

        Money third = whole.share(BigDecimal.ONE, total);

        assertThat(third).isEqualTo(Money.of("33.333333333333333333"));
        Money remainder = whole.minus(third).minus(third);
        assertThat(remainder).isEqualTo(Money.of("33.333333333333333334"));
        assertThat(third.plus(third).plus(remainder)).isEqualTo(whole);
    }

    @Test
    void writesPlainDecimalsWithoutTrailingZeros() {
        assertThat(Money.of("105.000").toString()).isEqualTo("105");
        assertThat(Money.of("0.5").toString()).isEqualTo("0.5");
        assertThat(Money.of("1000000").toString()).isEqualTo("1000000");
        assertThat(Money.of("0.000000000000000001").toString()).isEqualTo("0.000000000000000001");
        assertThat(Money.ZERO.toString()).isEqualTo("0");
    }

    @Test
    void comparesByValue() {
        assertThat(Money.of("2").isGreaterThan(Money.of("1.999999999999999999"))).isTrue();
        assertThat(Money.of("1").minus(Money.of("2")).isNegative()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
    }

    private static void assertRefused(String text) {
        assertThatThrownBy(() -> Money.parsePositive(text, "input.amount"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.field()).isEqualTo("input.amount");
                });
    }
}
