package org.agijobs.governance;

/**
 * What a proposal's action does. Protective actions (DOMAIN.md, Governance: resume, blacklisting, cancelling a
 * job) execute as soon as the proposal is approved; every other action waits out the timelock,
 * and so does a proposal that mixes both kinds.
 */
public enum ProposalActionKind {
    /** Sets a governed parameter to a new value within its bounds. */
    SET_PARAMETER(false),
    /** Adds a participant to the council. */
    ADD_COUNCIL_MEMBER(false),
    /** Removes a member from the council. */
    REMOVE_COUNCIL_MEMBER(false),
    /** Raises the terms version by one: everyone acknowledges the new terms before moving money again. */
    BUMP_TERMS(false),
    /** Blacklists a participant. */
    BLACKLIST(true),
    /** Lifts a participant's blacklisting. */
    UNBLACKLIST(true),
    /** Pays treasury money out of the platform to a recorded destination. */
    WITHDRAW_TREASURY(false),
    /** Resumes the market from a pause. */
    RESUME(true),
    /** Cancels a job in any non-final state with a reason: full refund to its employer, nobody slashed. */
    CANCEL_JOB(true),
    /** Posts a job funded from the treasury, which is its employer of record. */
    SPAWN_JOB(false);

    private final boolean protective;

    ProposalActionKind(boolean protective) {
        this.protective = protective;
    }

    /** Whether the action protects the market and so skips the timelock. */
    public boolean protective() {
        return protective;
    }
}
