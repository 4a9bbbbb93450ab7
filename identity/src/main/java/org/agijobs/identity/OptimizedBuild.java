package org.agijobs.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kc.sh build} so that {@code start --optimized} can skip Quarkus' augmentation at every start.
 * The options of the last successful build are kept in a marker file inside the distribution; the build runs
 * again only when they change.
 */
final class OptimizedBuild {

    /** Only build-time options belong here; changing one makes the next start rebuild. */
    static final List<String> OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    private static final String MARKER = ".agijobs-build-options";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final KeycloakConfig config;
    private final KeycloakScript script;

    OptimizedBuild(KeycloakConfig config, KeycloakScript script) {
        this.config = config;
        this.script = script;
    }

    /** Returns how long the build took, or {@link Duration#ZERO} when the last build already matches. */
    Duration runIfOptionsChanged() throws IOException, InterruptedException {
        Path marker = config.home().resolve(MARKER);
        String wanted = String.join(" ", OPTIONS);
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(wanted)) {
            return Duration.ZERO;
        }
        long started = System.nanoTime();
        Files.deleteIfExists(marker);
        runBuild();
        Files.writeString(marker, wanted + System.lineSeparator());
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void runBuild() throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        arguments.add("build");
        arguments.addAll(OPTIONS);
        Process build = script.run(arguments);
        try {
            if (!build.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new KeycloakStartException("kc.sh build did not finish within " + TIMEOUT
                        + LogTail.of(config.logFile()));
            }
        } finally {
            ProcessTree.terminate(build.toHandle());
        }
        if (build.exitValue() != 0) {
            throw new KeycloakStartException("kc.sh build failed with exit code " + build.exitValue()
                    + LogTail.of(config.logFile()));
        }
    }
}
