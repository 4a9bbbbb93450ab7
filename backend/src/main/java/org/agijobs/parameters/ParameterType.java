package org.agijobs.parameters;

/** How a parameter's stored text is read. */
public enum ParameterType {
    /** An amount of AGIALPHA, e.g. {@code 100}. */
    MONEY,
    /** Basis points of an amount: 500 = 5%. */
    BASIS_POINTS,
    /** A whole number. */
    INTEGER,
    /** An ISO-8601 duration, e.g. {@code PT24H}. */
    DURATION
}
