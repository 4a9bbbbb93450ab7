package org.agijobs.jobs.internal;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.agijobs.platform.money.Money;

/** Stores {@link Money} in a numeric(38,18) column, exactly. */
@Converter
public class MoneyColumn implements AttributeConverter<Money, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Money money) {
        return money == null ? null : money.value();
    }

    @Override
    public Money convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : new Money(value);
    }
}
