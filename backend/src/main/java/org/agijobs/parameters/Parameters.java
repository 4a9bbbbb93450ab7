package org.agijobs.parameters;

import java.math.BigDecimal;
import java.time.Duration;

import org.agijobs.platform.money.Money;

/** The current value of each governed parameter, read fresh in the caller's transaction. */
public interface Parameters {

    Money money(Parameter parameter);

    long basisPoints(Parameter parameter);

    long integer(Parameter parameter);

    Duration duration(Parameter parameter);

    /** A quantity of resource units, exact to 18 places. */
    BigDecimal units(Parameter parameter);
}
