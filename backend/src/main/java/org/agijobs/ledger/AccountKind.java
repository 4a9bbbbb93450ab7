package org.agijobs.ledger;

/** The kinds of ledger accounts (DOMAIN.md, Money). Only {@link #EXTERNAL} may go negative. */
public enum AccountKind {
    /** A participant's free balance. */
    WALLET(Scope.PARTICIPANT),
    /** A participant's stake in a role: agent, validator, platform. */
    STAKE_AGENT(Scope.PARTICIPANT),
    STAKE_VALIDATOR(Scope.PARTICIPANT),
    STAKE_PLATFORM(Scope.PARTICIPANT),
    /** The locked portion of a role stake (job stake, committee stake, stake under dispute). */
    LOCKED_AGENT(Scope.PARTICIPANT),
    LOCKED_VALIDATOR(Scope.PARTICIPANT),
    /** Stake requested for withdrawal, waiting for the unbonding period to end. */
    UNBONDING_AGENT(Scope.PARTICIPANT),
    UNBONDING_VALIDATOR(Scope.PARTICIPANT),
    UNBONDING_PLATFORM(Scope.PARTICIPANT),
    /** A job's escrow: reward plus fee, held from creation to settlement. */
    ESCROW(Scope.JOB),
    /** A job's dispute fee, held from the dispute until the ruling sends it to the winner. */
    DISPUTE_BOND(Scope.JOB),
    FEE_POOL(Scope.SYSTEM),
    TREASURY(Scope.SYSTEM),
    BURN(Scope.SYSTEM),
    OPERATOR_POOL(Scope.SYSTEM),
    /** The world outside the platform: deposits come from it, withdrawals go to it. */
    EXTERNAL(Scope.SYSTEM);

    /** Whose account it is: one per participant, one per job, or one for the whole platform. */
    public enum Scope { PARTICIPANT, JOB, SYSTEM }

    private final Scope scope;

    AccountKind(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public boolean mayGoNegative() {
        return this == EXTERNAL;
    }
}
