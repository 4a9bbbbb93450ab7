package org.agijobs.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agijobs.identity.ProcessTree;
import org.agijobs.identity.Readiness;

/**
 * One of the platform's Spring Boot apps, run from its jar as a child process with its output in a log file.
 * Closing it ends the process and anything it started.
 */
final class JavaApp implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;

    private JavaApp(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts the app from a copy of its jar in {@code runDir}: a rebuild of the module while the platform runs
     * would otherwise pull classes out from under the running JVM.
     */
    static JavaApp start(String name, Path jar, Path runDir, String maxHeap, Map<String, String> environment,
                         Path logFile) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./platform start does)");
        }
        Files.createDirectories(runDir);
        Files.createDirectories(logFile.getParent());
        jar = Files.copy(jar, runDir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        return new JavaApp(name, builder.start(), logFile);
    }

    /** Waits until the URL answers with a status below 500 (a login redirect counts as up). */
    void awaitReady(URI url, Duration timeout) throws InterruptedException {
        Readiness.await(url, process, timeout, logFile);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        ProcessTree.terminate(process.toHandle());
    }
}
