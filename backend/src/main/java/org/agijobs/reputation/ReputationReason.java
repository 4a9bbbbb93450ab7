package org.agijobs.reputation;

/** Why a score changed. */
public enum ReputationReason {
    /** The agent's job settled as a success: the job's points, damped. */
    JOB_SUCCEEDED,
    /** The agent's job settled as a failure: the job's points lost. */
    JOB_FAILED,
    /** The agent's job expired without a submission: the reward's points lost. */
    JOB_EXPIRED,
    /** The validator revealed a vote matching the final outcome: 8% of the job's points. */
    VOTED_WITH_OUTCOME,
    /** The validator revealed a vote contradicting the final outcome: minus 1. */
    VOTED_AGAINST_OUTCOME,
    /** The validator did not reveal its vote: minus 1. */
    DID_NOT_REVEAL
}
