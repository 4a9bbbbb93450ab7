package org.agijobs.parameters;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The market was paused, its pause raised, or it resumed (then {@code proposal} names the approved proposal). The
 * state is the one now in force; listeners that push it to clients run after commit.
 */
public record PauseChanged(PauseState state, PauseLevel previous, @Nullable String proposal, Instant at) {
}
