package org.agijobs.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run one Keycloak server from an unpacked distribution.
 *
 * @param home           the distribution folder, e.g. {@code identity/target/keycloak/keycloak-26.7.3}
 * @param port           the HTTP port; the issuer is {@code http://localhost:<port>/realms/<realm>}
 * @param managementPort the port of the health endpoints, kept apart from Keycloak's fixed 9000 default so
 *                       that two servers (the launcher's and a test's) can run side by side
 * @param jdbcUrl        Keycloak's own PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/keycloak}
 * @param realmFile      the realm export to import; {@code null} imports the bundled {@link AgiJobsRealm}
 * @param adminUser      the bootstrap admin of the master realm, created on the first start only
 * @param logFile        receives the output of {@code kc.sh}, rewritten at every start
 * @param javaHome       the JDK (21 or newer) that {@code kc.sh} runs with
 * @param startTimeout   how long to wait for the realm to answer before giving up
 */
public record KeycloakConfig(
        Path home,
        int port,
        int managementPort,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        Path realmFile,
        String adminUser,
        String adminPassword,
        Path logFile,
        String javaHome,
        Duration startTimeout) {

    public static final int DEFAULT_PORT = 8180;

    public KeycloakConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl: Keycloak needs its PostgreSQL database");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(startTimeout, "startTimeout");
        home = home.toAbsolutePath().normalize();
        logFile = logFile.toAbsolutePath().normalize();
    }

    /** Leaves the passwords out: a config ends up in log lines and exception messages. */
    @Override
    public String toString() {
        return "KeycloakConfig[home=" + home + ", port=" + port + ", managementPort=" + managementPort
                + ", jdbcUrl=" + jdbcUrl + ", dbUser=" + dbUser + ", realmFile=" + realmFile
                + ", adminUser=" + adminUser + ", logFile=" + logFile + ", javaHome=" + javaHome
                + ", startTimeout=" + startTimeout + "]";
    }

    public static Builder builder(Path home) {
        return new Builder(home);
    }

    /** Defaults: port 8180, management port = port + 1000, admin/admin, the bundled realm, this JVM's Java. */
    public static final class Builder {
        private final Path home;
        private int port = DEFAULT_PORT;
        private Integer managementPort;
        private String jdbcUrl;
        private String dbUser;
        private String dbPassword;
        private Path realmFile;
        private String adminUser = "admin";
        private String adminPassword = "admin";
        private Path logFile;
        private String javaHome = System.getProperty("java.home");
        private Duration startTimeout = Duration.ofSeconds(180);

        private Builder(Path home) {
            this.home = Objects.requireNonNull(home, "home");
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        public Builder database(String jdbcUrl, String user, String password) {
            this.jdbcUrl = jdbcUrl;
            this.dbUser = user;
            this.dbPassword = password;
            return this;
        }

        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        public Builder admin(String user, String password) {
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Builder javaHome(String javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public KeycloakConfig build() {
            Path log = logFile != null ? logFile : home.resolve("data/log/keycloak-" + port + ".log");
            int management = managementPort != null ? managementPort : port + 1000;
            return new KeycloakConfig(home, port, management, jdbcUrl, dbUser, dbPassword, realmFile,
                    adminUser, adminPassword, log, javaHome, startTimeout);
        }
    }
}
