package org.agijobs.validation;

/** What the tally decided. */
public enum TallyOutcome {
    APPROVED, REJECTED,
    /** Too few reveals: a moderator decides. */
    NO_QUORUM
}
