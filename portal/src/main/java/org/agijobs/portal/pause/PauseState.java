package org.agijobs.portal.pause;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/** The backend's {@code PauseState}: the level in force, why, by whom and since when. */
public record PauseState(String level, @Nullable String reason, @Nullable String pausedBy, Instant since) {

    public static final String NONE = "NONE";

    public boolean paused() {
        return !NONE.equals(level);
    }

    /**
     * Every pause and resume starts a new {@code since}, so a state that arrives late (a read that raced a pushed
     * change) can be recognised and dropped.
     */
    public boolean isOlderThan(PauseState other) {
        return since.isBefore(other.since);
    }

    /** One line for every user, e.g. the banner's. */
    public String describe() {
        return "The market is paused (" + level + ") since " + since.truncatedTo(ChronoUnit.SECONDS)
                + (pausedBy == null ? "" : " by " + pausedBy) + (reason == null ? "" : ": " + reason);
    }
}
