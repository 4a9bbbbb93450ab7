package org.agijobs.identity;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real Keycloak, run from the unpacked distribution as a child process ({@code kc.sh} and its Java child).
 * {@link #start} returns once the realm's OpenID configuration answers; {@link #close} ends both processes.
 * A JVM shutdown hook ends them too if the owner exits without closing.
 *
 * <pre>{@code
 * KeycloakConfig config = KeycloakConfig.builder(KeycloakServer.distributionIn(projectRoot))
 *         .database("jdbc:postgresql://localhost:5432/keycloak", "keycloak", "secret")
 *         .build();
 * try (KeycloakServer keycloak = KeycloakServer.start(config)) {
 *     URI issuer = keycloak.issuerUri();
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

    private final KeycloakConfig config;
    private final Process process;
    private final String realm;
    private final Duration buildDuration;
    private final Thread shutdownHook;
    private Duration startDuration = Duration.ZERO;
    private boolean closed;

    private KeycloakServer(KeycloakConfig config, Process process, String realm, Duration buildDuration) {
        this.config = config;
        this.process = process;
        this.realm = realm;
        this.buildDuration = buildDuration;
        this.shutdownHook = new Thread(() -> ProcessTree.terminate(process.toHandle()), "keycloak-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Builds the distribution if its build options changed, imports the realm file and starts Keycloak in
     * production mode ({@code start --optimized}), then waits until the realm answers.
     *
     * @throws KeycloakStartException when the build fails, Keycloak exits, or the realm does not answer in time;
     *                                no process is left running then
     */
    public static KeycloakServer start(KeycloakConfig config) throws IOException, InterruptedException {
        KeycloakScript script = new KeycloakScript(config);
        Files.createDirectories(config.logFile().getParent());
        Files.writeString(config.logFile(), "");
        Duration buildDuration = new OptimizedBuild(config, script).runIfOptionsChanged();
        String realm = RealmImport.prepare(config);

        long started = System.nanoTime();
        KeycloakServer server = new KeycloakServer(config, script.run(startArguments(config)), realm, buildDuration);
        try {
            Readiness.await(server.openIdConfigurationUri(), server.process, config.startTimeout(), config.logFile());
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        server.startDuration = Duration.ofNanos(System.nanoTime() - started);
        return server;
    }

    private static List<String> startArguments(KeycloakConfig config) {
        return List.of(
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + config.port(),
                "--http-management-port=" + config.managementPort(),
                // A fixed hostname makes the token issuer the same whichever address a request came in on.
                "--hostname=http://localhost:" + config.port(),
                "--db-url=" + config.jdbcUrl(),
                "--db-username=" + config.dbUser(),
                // One server needs no cluster: without this, production mode starts JGroups discovery and
                // listens on extra ports on every interface.
                "--cache=local",
                "--log-console-color=false",
                "--import-realm");
    }

    /** The distribution that {@code ./mvnw -pl identity package} unpacks: {@code identity/target/keycloak/keycloak-<version>}. */
    public static Path distributionIn(Path projectRoot) {
        return KeycloakDistribution.in(projectRoot);
    }

    /** The Keycloak version this module was built against, e.g. {@code 26.7.3}. */
    public static String version() {
        return KeycloakDistribution.version();
    }

    public KeycloakConfig config() {
        return config;
    }

    /** The imported realm's name, read from the realm file. */
    public String realm() {
        return realm;
    }

    /** {@code http://localhost:<port>} */
    public URI baseUri() {
        return URI.create("http://localhost:" + config.port());
    }

    /** The {@code iss} of every token of the realm. */
    public URI issuerUri() {
        return URI.create(baseUri() + "/realms/" + realm);
    }

    public URI openIdConfigurationUri() {
        return URI.create(issuerUri() + "/.well-known/openid-configuration");
    }

    public URI authorizationEndpoint() {
        return URI.create(issuerUri() + "/protocol/openid-connect/auth");
    }

    public URI tokenEndpoint() {
        return URI.create(issuerUri() + "/protocol/openid-connect/token");
    }

    public URI endSessionEndpoint() {
        return URI.create(issuerUri() + "/protocol/openid-connect/logout");
    }

    public URI jwksUri() {
        return URI.create(issuerUri() + "/protocol/openid-connect/certs");
    }

    /** The {@code kc.sh} process; Keycloak's JVM is its child, see {@link ProcessHandle#descendants()}. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** How long {@code kc.sh build} took at this start; {@link Duration#ZERO} when the earlier build was reused. */
    public Duration buildDuration() {
        return buildDuration;
    }

    /** From launching {@code kc.sh start} until the realm answered. */
    public Duration startDuration() {
        return startDuration;
    }

    /** Stops Keycloak and every process it started: politely first, forcibly after a grace period. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ProcessTree.terminate(process.toHandle());
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownAlreadyRunning) {
            // The hook is running or about to run; it terminates an already terminated tree, which is harmless.
        }
    }
}
