package org.agijobs.e2e.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: where the launcher, the apps' configuration and docker-compose.yml are. */
public final class ProjectDirectory {

    private ProjectDirectory() {
    }

    /** Maven passes it as {@code agijobs.projectDir}; from an IDE the working directory is e2e or the root. */
    public static Path root() {
        String configured = System.getProperty("agijobs.projectDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        return Files.exists(workingDirectory.resolve("e2e")) ? workingDirectory : workingDirectory.getParent();
    }

    public static Path resolve(String relativePath) {
        return root().resolve(relativePath);
    }

    /** e2e/target: everything a test run writes (platform data, its log, screenshots) stays in the build output. */
    public static Path e2eTarget() {
        return resolve("e2e/target");
    }
}
