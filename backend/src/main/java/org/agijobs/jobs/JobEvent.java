package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * One state change of a job, published inside the transaction that made it, for listeners that run after commit
 * (what must happen in the same transaction is a call through a port, not a listener). Past-tense records, one
 * per state change.
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
