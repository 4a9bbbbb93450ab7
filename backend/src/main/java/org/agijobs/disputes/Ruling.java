package org.agijobs.disputes;

/** A dispute's outcome: whose side the job settles on. */
public enum Ruling {
    /** The work is accepted: the job settles as a success. */
    AGENT_WINS,
    /** The work is rejected: the job settles as a failure. */
    EMPLOYER_WINS
}
