package org.agijobs.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.agijobs.identity.KeycloakConfig;
import org.agijobs.identity.KeycloakServer;

/**
 * Starts the whole platform on embedded defaults: PostgreSQL, Keycloak, backend and portal, each a real
 * server. Ctrl-C or SIGTERM stops them in reverse order, children included.
 */
public final class PlatformLauncher {

    static final String READY_LINE = "AGI Jobs platform is ready";
    static final URI BACKEND = URI.create("http://localhost:8081");
    /** The backend's actuator (health, metrics) has its own port, never the public one. */
    static final URI BACKEND_MANAGEMENT = URI.create("http://localhost:9081");
    static final URI PORTAL = URI.create("http://localhost:8080");
    private static final Duration APP_START_TIMEOUT = Duration.ofMinutes(4);

    private final LaunchOptions options;
    private final PrintStream out;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    PlatformLauncher(LaunchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PlatformLauncher launcher = new PlatformLauncher(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "platform-shutdown"));
        try {
            launcher.start();
        } catch (Exception e) {
            System.err.println("The platform did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void start() throws Exception {
        long started = System.nanoTime();
        if (options.reset()) {
            out.println("Resetting " + options.dataDir());
            DataDirectory.delete(options.dataDir());
        }
        Files.createDirectories(options.logs());

        out.println("Starting PostgreSQL on port " + PlatformDatabase.PORT + " (data in " + options.dataDir().resolve("postgres") + ")");
        PlatformDatabase database = remember(PlatformDatabase.start(options.dataDir().resolve("postgres")));

        // Backend and portal start while Keycloak does: neither needs it until the first request.
        out.println("Starting backend and portal (logs in " + options.logs() + ")");
        JavaApp backend = remember(JavaApp.start("backend", jar("backend"), options.dataDir().resolve("run"), "512m", Map.of(
                "DB_URL", database.jdbcUrl(PlatformDatabase.PLATFORM_DATABASE),
                "DB_USERNAME", PlatformDatabase.USER,
                "DB_PASSWORD", PlatformDatabase.PASSWORD,
                "SPRING_PROFILES_ACTIVE", options.backendProfiles()), options.logs().resolve("backend.log")));
        JavaApp portal = remember(JavaApp.start("portal", jar("portal"), options.dataDir().resolve("run"), "768m", Map.of(),
                options.logs().resolve("portal.log")));

        out.println("Starting Keycloak on port " + KeycloakConfig.DEFAULT_PORT);
        KeycloakServer keycloak = remember(KeycloakServer.start(KeycloakConfig
                .builder(KeycloakServer.distributionIn(options.projectDir()))
                .database(database.jdbcUrl(PlatformDatabase.KEYCLOAK_DATABASE), PlatformDatabase.USER, PlatformDatabase.PASSWORD)
                .logFile(options.logs().resolve("keycloak.log"))
                .build()));

        backend.awaitReady(BACKEND_MANAGEMENT.resolve("/actuator/health/readiness"), APP_START_TIMEOUT);
        portal.awaitReady(PORTAL.resolve("/actuator/health"), APP_START_TIMEOUT);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        new Banner(out).print(keycloak.issuerUri(), took);
        out.println(READY_LINE + " (" + took.toMillis() / 1000.0 + " s)");
        out.flush();
    }

    /** Stops everything that was started, newest first; safe to call more than once. */
    synchronized void stop() {
        while (!running.isEmpty()) {
            AutoCloseable service = running.pop();
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    private <T extends AutoCloseable> T remember(T service) {
        synchronized (this) {
            running.push(service);
        }
        return service;
    }

    private Path jar(String module) {
        return options.projectDir().resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** Deletes the data folder for {@code --reset}; refuses anything that does not look like one. */
    static final class DataDirectory {

        private DataDirectory() {
        }

        static void delete(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            if (dir.getNameCount() < 2) {
                throw new IllegalArgumentException("Refusing to delete " + dir);
            }
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
