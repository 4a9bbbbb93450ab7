package org.agijobs.parameters;

/** How a parameter's stored text is read. */
public enum ParameterType {
    /** An amount of AGIALPHA, e.g. {@code 100}. */
    MONEY,
    /** Basis points of an amount: 500 = 5%. */
    BASIS_POINTS,
    /** A whole number. */
    INTEGER,
    /** A quantity of resource units (energy, compute): a non-negative decimal with up to 18 places, e.g. {@code 2.5}. */
    UNITS,
    /** An ISO-8601 duration, e.g. {@code PT24H}. */
    DURATION
}
