package org.agijobs.parameters;

/**
 * Every governed number of DOMAIN.md with its type, default and bounds. Rules read the current value through
 * {@link Parameters}; no rule hard-codes one. Executed governance proposals change the stored values
 * within these bounds, and only they: {@link ParameterRegistry#set} is the one writer.
 */
public enum Parameter {
    MIN_STAKE_AGENT(ParameterType.MONEY, "100", "0", "1000000000",
            "The least agent stake an agent must hold to apply for jobs."),
    MIN_STAKE_VALIDATOR(ParameterType.MONEY, "1000", "0", "1000000000",
            "The least validator stake a validator must hold to be drawn into committees."),
    MIN_STAKE_PLATFORM(ParameterType.MONEY, "0", "0", "1000000000",
            "The least platform stake a staker must hold to share in fee distributions."),
    /** 0 turns the cap off. */
    MAX_STAKE_PER_ADDRESS(ParameterType.MONEY, "0", "0", "1000000000000",
            "The most stake one participant may hold in one role; 0 turns the cap off."),
    UNBONDING_PERIOD(ParameterType.DURATION, "P7D", "PT0S", "P365D",
            "How long requested stake withdrawals wait before they can be finalized."),
    MAX_JOB_DURATION(ParameterType.DURATION, "P30D", "PT1H", "P365D",
            "How far in the future a new job's deadline may lie."),
    MAX_JOB_REWARD(ParameterType.MONEY, "1000000", "0.000000000000000001", "1000000000000",
            "The largest reward a job may offer."),
    FEE_PCT(ParameterType.BASIS_POINTS, "500", "0", "5000",
            "The platform fee on a job's reward, locked in escrow with it, in basis points."),
    VALIDATOR_REWARD_PCT(ParameterType.BASIS_POINTS, "800", "0", "5000",
            "The share of a successful job's reward paid to its committee, in basis points."),
    BURN_PCT(ParameterType.BASIS_POINTS, "100", "0", "10000",
            "The share of each job fee that is burned instead of entering the fee pool, in basis points."),
    JOB_STAKE(ParameterType.MONEY, "1", "0", "1000000000",
            "The agent stake locked for each job an agent is assigned."),
    EXPIRATION_GRACE_PERIOD(ParameterType.DURATION, "P1D", "PT0S", "P30D",
            "How long past its deadline an assigned job without a submission waits before it expires."),
    PREMIUM_THRESHOLD(ParameterType.INTEGER, "0", "0", "88888",
            "The reputation an agent needs to apply for jobs."),
    MAX_ACTIVE_JOBS_PER_AGENT(ParameterType.INTEGER, "3", "1", "1000",
            "How many jobs one agent may work on at once."),
    TERMS_VERSION(ParameterType.INTEGER, "1", "1", "1000000",
            "The terms version money-moving actions require acknowledged; raised by a terms bump."),
    VALIDATORS_PER_JOB(ParameterType.INTEGER, "3", "3", "11",
            "How many validators are drawn into a job's committee."),
    COMMIT_WINDOW(ParameterType.DURATION, "PT1H", "PT1M", "P30D",
            "How long committee members have to commit their votes."),
    REVEAL_WINDOW(ParameterType.DURATION, "PT1H", "PT1M", "P30D",
            "How long committee members have to reveal their votes after the commit window."),
    REVEAL_QUORUM_PCT(ParameterType.BASIS_POINTS, "6700", "0", "10000",
            "The share of the committee that must reveal for a tally, in basis points."),
    APPROVAL_THRESHOLD(ParameterType.BASIS_POINTS, "6600", "0", "10000",
            "The stake-weighted share of revealed approvals that makes a validation succeed, in basis points."),
    NON_REVEAL_PENALTY_BPS(ParameterType.BASIS_POINTS, "50", "0", "10000",
            "The share of validator stake a committee member who did not reveal loses, in basis points."),
    NON_REVEAL_BAN(ParameterType.DURATION, "P1D", "PT0S", "P365D",
            "How long a committee member who did not reveal is kept out of committees."),
    VALIDATOR_SLASH_PCT(ParameterType.BASIS_POINTS, "500", "0", "10000",
            "The share of validator stake slashed from a member whose vote contradicts the outcome, in basis points."),
    DISPUTE_WINDOW(ParameterType.DURATION, "P1D", "PT1M", "P30D",
            "How long after a validation the parties may raise a dispute."),
    DISPUTE_FEE(ParameterType.MONEY, "1", "0", "1000000",
            "The fee a dispute's raiser locks; it goes to the winner's side."),
    DISPUTE_REVIEW_PERIOD(ParameterType.DURATION, "P14D", "PT1H", "P365D",
            "How long a dispute may stay open before it counts as stale."),
    SLASH_EMPLOYER_PCT(ParameterType.BASIS_POINTS, "5000", "0", "10000",
            "The job's employer's share of every slash, in basis points."),
    SLASH_TREASURY_PCT(ParameterType.BASIS_POINTS, "5000", "0", "10000",
            "The treasury's share of every slash, in basis points."),
    SLASH_BURN_PCT(ParameterType.BASIS_POINTS, "0", "0", "10000",
            "The burned share of every slash, in basis points."),
    FEE_DISTRIBUTION_EPOCH(ParameterType.DURATION, "P1D", "PT1M", "P365D",
            "How often the fee pool is paid out to platform stakers."),
    ENERGY_CAPACITY(ParameterType.UNITS, "1000000", "0", "1000000000000",
            "The energy units the platform can hold reserved for assigned jobs at once."),
    COMPUTE_CAPACITY(ParameterType.UNITS, "1000000", "0", "1000000000000",
            "The compute units the platform can hold reserved for assigned jobs at once."),
    /** The price of one unit while nothing is reserved; scarcity raises it up to twice this (ResourcePricing). */
    ENERGY_BASE_PRICE(ParameterType.MONEY, "0.01", "0", "1000000",
            "The price of one energy unit while none is reserved; it rises with scarcity up to twice this."),
    COMPUTE_BASE_PRICE(ParameterType.MONEY, "0.05", "0", "1000000",
            "The price of one compute unit while none is reserved; it rises with scarcity up to twice this."),
    /** How many council members must approve a proposal (t of n); 1 <= t <= the council's size. */
    COUNCIL_THRESHOLD(ParameterType.INTEGER, "2", "1", "100",
            "How many distinct council members must approve a proposal before it is queued (t of n, 1 to n)."),
    /**
     * How long an approved proposal waits before it may execute. The deployment's floor
     * ({@code agijobs.governance.timelock-floor}) raises {@code min} further: see {@link ParameterRegistry}.
     */
    TIMELOCK_DELAY(ParameterType.DURATION, "PT24H", "PT0S", "P30D",
            "How long an approved proposal waits before it may execute; never below the deployment's floor.");

    private final ParameterType type;
    private final String defaultValue;
    private final String min;
    private final String max;
    private final String description;

    Parameter(ParameterType type, String defaultValue, String min, String max, String description) {
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.description = description;
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

    /** What the value governs, for the people who change it. */
    public String description() {
        return description;
    }
}
