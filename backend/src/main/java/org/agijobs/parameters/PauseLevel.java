package org.agijobs.parameters;

/** How far the market is paused (DOMAIN.md, Governance); {@link PausedMutations} lists what each level refuses. */
public enum PauseLevel {
    /** Not paused. */
    NONE,
    /** No new jobs, applications or stakes; work under way goes on. */
    INTAKE,
    /** The emergency stop: every mutation but the exits and the way back, and no scheduled work. */
    FULL
}
