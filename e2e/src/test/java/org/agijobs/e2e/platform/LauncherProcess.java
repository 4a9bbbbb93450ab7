package org.agijobs.e2e.platform;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code launcher.jar} as a child process: PostgreSQL, Keycloak, backend and portal with demo data. Its output
 * goes to a log file; stopping it takes its whole process tree down, so no Keycloak or PostgreSQL stays behind.
 */
final class LauncherProcess {

    static final String READY_LINE = "AGI Jobs platform is ready";
    private static final int TAIL_LINES = 80;
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final Deque<String> tail = new ArrayDeque<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Thread pump;

    private LauncherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the launcher and returns once it reports the platform ready; fails with the log's tail otherwise. */
    static LauncherProcess startAndAwaitReady(Path projectDir, Path dataDir, Path log, Duration timeout) {
        Path jar = projectDir.resolve("launcher/target/launcher.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it first (./mvnw -B -DskipTests install),"
                    + " or start the platform yourself (./platform start) and the tests will use it.");
        }
        LauncherProcess launcher = new LauncherProcess(start(jar, projectDir, dataDir, log), log);
        launcher.pumpOutput();
        // A JVM killed by Ctrl-C never reaches JUnit's cleanup; the hook still takes the platform down.
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stop-platform"));
        launcher.awaitReady(timeout);
        return launcher;
    }

    private static Process start(Path jar, Path projectDir, Path dataDir, Path log) {
        // The JDK running the tests is 21+ (Maven's); the platform's Java children must not fall back to the default java.
        String javaHome = System.getProperty("java.home");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(javaHome, "bin", "java").toString(), "-jar", jar.toString(),
                // No demo market: the tests make their own jobs, and count on the default windows.
                "--project-dir=" + projectDir, "--data-dir=" + dataDir, "--reset", "--no-demo")
                .directory(projectDir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome);
        // The new database starts with the timelock at the dev floor (PT1M), so an IT watches a proposal pass in a minute.
        builder.environment().put("AGIJOBS_GOVERNANCE_INITIALTIMELOCKDELAY", "PT1M");
        // Voting windows of a minute (the floor of their bounds), so an IT watches a committee commit, reveal and
        // settle; written once with the council, like the timelock.
        builder.environment().put("SPRING_APPLICATION_JSON", """
                {"agijobs": {"governance": {"initial-parameters": {
                  "COMMIT_WINDOW": "PT1M", "REVEAL_WINDOW": "PT1M", "DISPUTE_WINDOW": "PT1M"}}}}""");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
    }

    /** Copies every line to the log file and completes {@link #ready} at the ready line or at the launcher's end. */
    private void pumpOutput() {
        pump = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = output.readLine()) != null) {
                    file.write(line);
                    file.newLine();
                    file.flush();
                    remember(line);
                    if (line.contains(READY_LINE)) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the launcher ended before the platform was ready"));
        }, "platform-log");
        pump.setDaemon(true);
        pump.start();
    }

    private synchronized void remember(String line) {
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
    }

    private synchronized String tail() {
        return String.join(System.lineSeparator(), tail);
    }

    private void awaitReady(Duration timeout) {
        String problem;
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (TimeoutException e) {
            problem = "the platform was not ready within " + timeout;
        } catch (ExecutionException e) {
            problem = e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted while waiting for the platform";
        }
        stop();
        throw new IllegalStateException("Starting the platform failed: " + problem
                + exitCode() + ". Last lines of " + log + ":" + System.lineSeparator() + tail());
    }

    private String exitCode() {
        return process.isAlive() ? "" : " (launcher exit code " + process.exitValue() + ")";
    }

    /** SIGTERM lets the launcher stop its children in order; whatever is left of the tree is then killed. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        // Taken before the launcher exits: afterwards its orphans are no longer its descendants.
        List<ProcessHandle> family = process.descendants().toList();
        // Through the handle: Process.destroy() would also close the output pipe and lose the launcher's last lines.
        ProcessHandle launcher = process.toHandle();
        launcher.destroy();
        if (!awaitExit(launcher, GRACEFUL_STOP)) {
            launcher.destroyForcibly();
            awaitExit(launcher, FORCED_STOP);
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        family.stream().filter(child -> !awaitExit(child, FORCED_STOP)).forEach(ProcessHandle::destroyForcibly);
        awaitLogComplete();
    }

    /** The launcher's last words (how its children stopped) belong in the log, and the pump is a daemon thread. */
    private void awaitLogComplete() {
        try {
            pump.join(FORCED_STOP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
