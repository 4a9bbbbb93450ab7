package org.agijobs.disputes;

/** How a dispute opened. */
public enum DisputeKind {
    /** The employer or the agent challenged the tally. */
    RAISED,
    /** Validation found too few eligible validators. */
    NO_COMMITTEE,
    /** Too few committee members revealed. */
    NO_QUORUM
}
