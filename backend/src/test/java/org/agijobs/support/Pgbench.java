package org.agijobs.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own TPC-B-like benchmark against the test world's database (in a database of its own), as the
 * yardstick for the platform's benchmarks: the ratio of the two says how many durable transactions a mutation
 * costs, whatever else the machine is doing at the time.
 */
public final class Pgbench {

    public static final int CLIENTS = 4;
    public static final int THREADS = 2;
    public static final int SECONDS = 20;

    private static final String DATABASE = "pgbench";
    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);

    private final Path executable;

    private Pgbench(Path executable) {
        this.executable = executable;
    }

    /** The pgbench on the PATH (or in /usr/bin); empty, with a hint printed, when there is none. */
    public static Optional<Pgbench> find() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        Optional<Path> found = Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "pgbench"))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            System.out.println("BENCHMARK pgbench not found, skipped: apt-get install postgresql-client");
        }
        return found.map(Pgbench::new);
    }

    /** Creates and fills the pgbench tables (scale 1) in their own database; run once before {@link #run()}. */
    public void initialize() {
        EmbeddedPostgresDatabase.createDatabaseIfMissing(DATABASE);
        pgbench(List.of("-i", "-q"));
    }

    /** {@value #CLIENTS} clients on {@value #THREADS} threads for {@value #SECONDS} s; the transactions per second. */
    public OptionalDouble run() {
        String output = pgbench(List.of("-n", "-c", String.valueOf(CLIENTS), "-j", String.valueOf(THREADS),
                "-T", String.valueOf(SECONDS)));
        Matcher tps = TPS.matcher(output);
        return tps.find() ? OptionalDouble.of(Double.parseDouble(tps.group(1))) : OptionalDouble.empty();
    }

    private String pgbench(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-h", "localhost",
                "-p", String.valueOf(EmbeddedPostgresDatabase.port()), "-U", "postgres"));
        command.addAll(arguments);
        command.add(DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed: " + command + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pgbench ran", e);
        }
    }
}
