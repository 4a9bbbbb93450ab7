package org.agijobs.launcher;

import java.nio.file.Path;

/**
 * What the launcher was asked for.
 *
 * @param projectDir where the built modules are (the repository root)
 * @param dataDir    where PostgreSQL keeps its data and every process its log; survives restarts
 * @param reset      start from an empty database (the realm and demo data are imported again)
 * @param demo       run the backend with the {@code demo} profile too: on a new database it seeds the demo market,
 *                   with windows of minutes; {@code --no-demo} leaves a market with no jobs and the default windows
 *                   (the e2e run, whose tests make their own jobs)
 */
record LaunchOptions(Path projectDir, Path dataDir, boolean reset, boolean demo) {

    static final String USAGE = "usage: launcher [--project-dir=DIR] [--data-dir=DIR] [--reset] [--no-demo]";

    static LaunchOptions parse(String... args) {
        Path projectDir = Path.of("");
        Path dataDir = null;
        boolean reset = false;
        boolean demo = true;
        for (String arg : args) {
            if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.equals("--no-demo")) {
                demo = false;
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
        return new LaunchOptions(projectDir, dataDir, reset, demo);
    }

    /** The backend's Spring profiles: always {@code dev} (embedded defaults, demo logins), and {@code demo} unless off. */
    String backendProfiles() {
        return demo ? "dev,demo" : "dev";
    }

    Path logs() {
        return dataDir.resolve("logs");
    }
}
