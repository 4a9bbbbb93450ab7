package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened inside a phase of a job that does not change its state (a committee drawn, a vote
 * committed or revealed, the reveal phase opening, evidence added). Published by the validation and dispute
 * modules so that the job's subscribers follow validation step by step.
 */
public record JobPhaseChanged(UUID jobId, UUID employerId, UUID agentId, JobState state, JobPhase phase, Instant at)
        implements JobEvent {

    /** The steps within VALIDATING and DISPUTED that subscribers see. */
    public enum JobPhase {
        COMMITTEE_SELECTED, VOTE_COMMITTED, REVEAL_PHASE_STARTED, VOTE_REVEALED, EVIDENCE_ADDED
    }

    /** The event for {@code job} as it is now. */
    public static JobPhaseChanged of(JobView job, JobPhase phase, Instant at) {
        return new JobPhaseChanged(job.getId(), job.getEmployerId(), job.getAgentId(), job.getState(), phase, at);
    }
}
