package org.agijobs.governance;

/** One recorded step of a proposal's history, also the type of a governance event. */
public enum ProposalStep {
    /** A council member proposed it (which also counts as that member's approval). */
    PROPOSED,
    /** A council member approved it. */
    APPROVED,
    /** The approvals reached the threshold: it waits for its eta. */
    QUEUED,
    /** Its actions were applied, all together. */
    EXECUTED,
    /** Executing it was attempted and nothing changed; the detail says why. */
    FAILED,
    /** A council member cancelled it before execution. */
    CANCELLED
}
