package org.agijobs.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;

/**
 * An amount of AGIALPHA: exact, 18 decimals, never floating point. The smallest unit is 1e-18; a share of an
 * amount is rounded down to it, so splits never create money (the remainder goes to one named party).
 */
public record Money(BigDecimal value) implements Comparable<Money> {

    public static final int SCALE = 18;
    /** Large enough for every supply the platform can hold: 38 digits, 18 of them decimals. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999999999.999999999999999999");
    /** The digits before the decimal point of {@link #MAX}: every client amount within them fits the columns. */
    public static final int INTEGER_DIGITS = 20;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

    public Money {
        if (value == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("more than " + SCALE + " decimals: " + value.toPlainString());
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses a client's amount for the input field {@code field}: a plain decimal string ({@code "12.5"}; no sign,
     * exponent, spaces or leading zeros), positive, at most {@link #INTEGER_DIGITS} digits before the point and
     * {@link #SCALE} after it. Anything else is an {@link ErrorCode#INVALID_INPUT} naming the field.
     */
    public static Money parsePositive(String text, String field) {
        BigDecimal parsed = InputRules.plainDecimal(text, field, INTEGER_DIGITS, SCALE);
        if (parsed.signum() <= 0) {
            throw new DomainException(ErrorCode.INVALID_INPUT, field, "The amount must be greater than 0");
        }
        return new Money(parsed);
    }

    public static Money of(String text) {
        return new Money(new BigDecimal(text));
    }

    public static Money of(long whole) {
        return new Money(BigDecimal.valueOf(whole));
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    public Money minus(Money other) {
        return new Money(value.subtract(other.value));
    }

    /** {@code this * bps / 10,000}, rounded down to the smallest unit. */
    public Money basisPoints(long bps) {
        return new Money(value.multiply(BigDecimal.valueOf(bps)).divide(BASIS_POINTS, SCALE, RoundingMode.DOWN));
    }

    /** {@code this * weight / totalWeight}, rounded down: a pro-rata share. */
    public Money share(BigDecimal weight, BigDecimal totalWeight) {
        return new Money(value.multiply(weight).divide(totalWeight, SCALE, RoundingMode.DOWN));
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return value.compareTo(other.value);
    }

    /** The plain decimal text clients see, without trailing zeros: {@code 105}, {@code 0.5}. */
    @Override
    public String toString() {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
