package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * One state change of a job, published inside the transaction that made it; listeners that must only see
 * committed changes listen after commit. Past-tense records, one per state change.
 */
public sealed interface JobEvent
        permits JobCreated, AgentAssigned, JobCancelled, ResultSubmitted, ValidationRequested, JobExpired,
        JobPhaseChanged, ValidationCompleted, JobEscalated, JobDisputed, JobFinalized {

    UUID jobId();

    UUID employerId();

    /** The assigned agent, null while there is none. */
    UUID agentId();

    /** The state the job entered. */
    JobState state();

    Instant at();
}
