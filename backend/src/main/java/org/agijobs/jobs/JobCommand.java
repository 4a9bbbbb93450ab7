package org.agijobs.jobs;

/**
 * What can be done to a job. The first six and CANCEL_BY_PROPOSAL are this module's; the validation and dispute modules drive the
 * rest through the guard methods of {@link Job}.
 */
public enum JobCommand {
    CREATE, CANCEL, APPLY, SUBMIT, START_VALIDATION, EXPIRE,
    /** The committee's tally (or a direct ruling) closed validation. */
    COMPLETE_VALIDATION,
    /** Validation could not decide (no committee, no quorum): a moderator takes over. */
    ESCALATE,
    /** The employer or agent disputes the outcome within the challenge window. */
    DISPUTE,
    /** Settlement ran: after the challenge window, or when a dispute was resolved. */
    FINALIZE,
    /** An executed governance proposal cancels a job in any non-final state: full refund, nobody slashed. */
    CANCEL_BY_PROPOSAL
}
