package org.agijobs.parameters;

import java.util.Set;

import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;

/** Pausing and resuming for tests; every test that pauses resumes in its clean-up, or it would stop the others. */
public final class PauseFixture {

    public static final Caller EXECUTOR = new Caller("system:pause-test", "pause-test", "Pause test", Set.of());
    /** An owner, for pausing from Java. */
    public static final Caller EXECUTOR_OWNER = new Caller("system:pause-test-owner", "pause-test-owner",
            "Pause test owner", Set.of(Role.OWNER));

    private PauseFixture() {
    }

    /** Resumes when paused, as an executed proposal would. */
    public static void resume(MarketPause pause) {
        if (pause.state().paused()) {
            pause.resume("test-cleanup", EXECUTOR);
        }
    }
}
