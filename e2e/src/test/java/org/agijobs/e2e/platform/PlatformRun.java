package org.agijobs.e2e.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The platform for one test run: reused, started by us, or failed to start. A failed start is kept, so the
 * next test class fails at once with the same reason instead of waiting for another start.
 */
final class PlatformRun implements AutoCloseable {

    // A cold start (Keycloak's build step, first PostgreSQL initdb) takes 60-150 s on two cores.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final LauncherProcess launcher;
    private final RuntimeException failure;

    private PlatformRun(LauncherProcess launcher, RuntimeException failure) {
        this.launcher = launcher;
        this.failure = failure;
    }

    static PlatformRun startOrReuse() {
        List<Endpoint> answering = Arrays.stream(Endpoint.values()).filter(Endpoint::answers).toList();
        if (answering.size() == Endpoint.values().length) {
            return new PlatformRun(null, null);
        }
        if (!answering.isEmpty()) {
            // Starting a second platform would only collide on the ports the first one holds.
            return failed(new IllegalStateException("Only part of the platform answers: " + answering
                    + " are up, " + missing(answering) + " not. Stop what holds those ports, or let the platform"
                    + " finish starting, and run the tests again."));
        }
        try {
            Path target = ProjectDirectory.e2eTarget();
            return new PlatformRun(LauncherProcess.startAndAwaitReady(ProjectDirectory.root(),
                    target.resolve("platform-data"), target.resolve("platform.log"), START_TIMEOUT), null);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    private static List<Endpoint> missing(List<Endpoint> answering) {
        return Arrays.stream(Endpoint.values()).filter(endpoint -> !answering.contains(endpoint)).toList();
    }

    private static PlatformRun failed(RuntimeException failure) {
        return new PlatformRun(null, failure);
    }

    void requireUp() {
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        if (launcher != null) {
            launcher.stop();
        }
    }
}
