package org.agijobs.launcher;

import java.nio.file.Path;

/**
 * What the launcher was asked for.
 *
 * @param projectDir where the built modules are (the repository root)
 * @param dataDir    where PostgreSQL keeps its data and every process its log; survives restarts
 * @param reset      start from an empty database (the realm and demo data are imported again)
 */
record LaunchOptions(Path projectDir, Path dataDir, boolean reset) {

    static final String USAGE = "usage: launcher [--project-dir=DIR] [--data-dir=DIR] [--reset]";

    static LaunchOptions parse(String... args) {
        Path projectDir = Path.of("");
        Path dataDir = null;
        boolean reset = false;
        for (String arg : args) {
            if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.startsWith("--project-dir=")) {
                projectDir = Path.of(arg.substring("--project-dir=".length()));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        projectDir = projectDir.toAbsolutePath().normalize();
        dataDir = (dataDir == null ? projectDir.resolve(".data") : dataDir).toAbsolutePath().normalize();
        return new LaunchOptions(projectDir, dataDir, reset);
    }

    Path logs() {
        return dataDir.resolve("logs");
    }
}
