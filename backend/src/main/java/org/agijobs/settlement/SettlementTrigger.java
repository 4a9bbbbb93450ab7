package org.agijobs.settlement;

/** What made a job settle. */
public enum SettlementTrigger {
    /** The challenge window ended without a dispute: the tally's outcome is final. */
    CHALLENGE_ENDED,
    /** A moderator (or, for a stale dispute, an owner) ruled. */
    RULING
}
