package org.agijobs.parameters;

/**
 * Every governed number of DOMAIN.md with its type, default and bounds. Rules read the current value through
 * {@link Parameters}; no rule hard-codes one. Governance proposals (a later issue) change the stored values
 * within these bounds.
 */
public enum Parameter {
    MIN_STAKE_AGENT(ParameterType.MONEY, "100", "0", "1000000000"),
    MIN_STAKE_VALIDATOR(ParameterType.MONEY, "1000", "0", "1000000000"),
    MIN_STAKE_PLATFORM(ParameterType.MONEY, "0", "0", "1000000000"),
    /** 0 turns the cap off. */
    MAX_STAKE_PER_ADDRESS(ParameterType.MONEY, "0", "0", "1000000000000"),
    UNBONDING_PERIOD(ParameterType.DURATION, "P7D", "PT0S", "P365D"),
    MAX_JOB_DURATION(ParameterType.DURATION, "P30D", "PT1H", "P365D"),
    MAX_JOB_REWARD(ParameterType.MONEY, "1000000", "0.000000000000000001", "1000000000000"),
    FEE_PCT(ParameterType.BASIS_POINTS, "500", "0", "5000"),
    VALIDATOR_REWARD_PCT(ParameterType.BASIS_POINTS, "800", "0", "5000"),
    BURN_PCT(ParameterType.BASIS_POINTS, "100", "0", "10000"),
    JOB_STAKE(ParameterType.MONEY, "1", "0", "1000000000"),
    EXPIRATION_GRACE_PERIOD(ParameterType.DURATION, "P1D", "PT0S", "P30D"),
    PREMIUM_THRESHOLD(ParameterType.INTEGER, "0", "0", "88888"),
    MAX_ACTIVE_JOBS_PER_AGENT(ParameterType.INTEGER, "3", "1", "1000"),
    TERMS_VERSION(ParameterType.INTEGER, "1", "1", "1000000"),
    VALIDATORS_PER_JOB(ParameterType.INTEGER, "3", "3", "11"),
    COMMIT_WINDOW(ParameterType.DURATION, "PT1H", "PT1M", "P30D"),
    REVEAL_WINDOW(ParameterType.DURATION, "PT1H", "PT1M", "P30D"),
    REVEAL_QUORUM_PCT(ParameterType.BASIS_POINTS, "6700", "0", "10000"),
    APPROVAL_THRESHOLD(ParameterType.BASIS_POINTS, "6600", "0", "10000"),
    NON_REVEAL_PENALTY_BPS(ParameterType.BASIS_POINTS, "50", "0", "10000"),
    NON_REVEAL_BAN(ParameterType.DURATION, "P1D", "PT0S", "P365D"),
    VALIDATOR_SLASH_PCT(ParameterType.BASIS_POINTS, "500", "0", "10000"),
    DISPUTE_WINDOW(ParameterType.DURATION, "P1D", "PT1M", "P30D"),
    DISPUTE_FEE(ParameterType.MONEY, "1", "0", "1000000"),
    DISPUTE_REVIEW_PERIOD(ParameterType.DURATION, "P14D", "PT1H", "P365D"),
    SLASH_EMPLOYER_PCT(ParameterType.BASIS_POINTS, "5000", "0", "10000"),
    SLASH_TREASURY_PCT(ParameterType.BASIS_POINTS, "5000", "0", "10000"),
    SLASH_BURN_PCT(ParameterType.BASIS_POINTS, "0", "0", "10000"),
    FEE_DISTRIBUTION_EPOCH(ParameterType.DURATION, "P1D", "PT1M", "P365D");

    private final ParameterType type;
    private final String defaultValue;
    private final String min;
    private final String max;

    Parameter(ParameterType type, String defaultValue, String min, String max) {
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public ParameterType type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String min() {
        return min;
    }

    public String max() {
        return max;
    }
}
