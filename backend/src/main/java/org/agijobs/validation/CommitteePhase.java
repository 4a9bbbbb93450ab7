package org.agijobs.validation;

/** Where a job's committee is in the commit-reveal protocol. */
public enum CommitteePhase {
    /** Members may commit (until {@code commitEndsAt}). */
    COMMIT,
    /** Members may reveal (from {@code commitEndsAt} until {@code revealEndsAt}). */
    REVEAL,
    /** The tally ran; votes are closed. */
    TALLIED,
    /** Too few eligible validators: no vote, a moderator decides. */
    NO_COMMITTEE,
    /** A proposal cancelled the job during the vote: no tally, every member's lock freed. */
    CANCELLED
}
