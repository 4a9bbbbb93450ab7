package org.agijobs.jobs;

/** Where a job is in its life (DOMAIN.md, Jobs). Moves only through {@link JobTransitions}. */
public enum JobState {
    CREATED, ASSIGNED, SUBMITTED, VALIDATING, COMPLETED, FINALIZED, DISPUTED, CANCELLED, EXPIRED;

    /** No command leads out of a final state: its money has settled. */
    public boolean isFinal() {
        return this == FINALIZED || this == CANCELLED || this == EXPIRED;
    }

    /** Counts toward the agent's {@code maxActiveJobsPerAgent}: assigned and not yet settled. */
    public boolean isActiveForAgent() {
        return this != CREATED && !isFinal();
    }
}
