package org.agijobs.parameters;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The pause in force: its level, the pauser's reason, who set it, since when, and when FULL began (the moment
 * from which a resume extends the windows). For NONE, {@code by} is whoever executed the last resume, if any.
 */
public record PauseState(PauseLevel level, @Nullable String reason, @Nullable String bySubject, @Nullable String byName,
        Instant since, @Nullable Instant fullSince) {

    public boolean paused() {
        return level != PauseLevel.NONE;
    }
}
