package org.agijobs.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL (Maven Central binaries) that holds both the platform's database and Keycloak's.
 * Its data folder is kept between runs, so a restart keeps every job, balance and Keycloak session. It runs with
 * PostgreSQL's durable settings: the embedded library turns fsync, synchronous commit and full-page writes off for
 * tests, and with them off a machine crash can lose movements the API already confirmed, or corrupt the folder.
 */
final class PlatformDatabase implements AutoCloseable {

    static final int PORT = 15432;
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String PLATFORM_DATABASE = "agijobs";
    static final String KEYCLOAK_DATABASE = "keycloak";

    private final EmbeddedPostgres postgres;

    private PlatformDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The settings a confirmed transfer depends on surviving a crash, each set back to PostgreSQL's default. */
    static final Map<String, String> DURABLE_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    static PlatformDatabase start(Path dataDir) throws IOException, SQLException {
        return start(dataDir, PORT);
    }

    static PlatformDatabase start(Path dataDir, int port) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port);
        DURABLE_SETTINGS.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        PlatformDatabase database = new PlatformDatabase(postgres);
        database.createIfMissing(PLATFORM_DATABASE);
        database.createIfMissing(KEYCLOAK_DATABASE);
        return database;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** A server setting as the running database reports it. */
    String setting(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("select current_setting('" + name + "')")) {
            value.next();
            return value.getString(1);
        }
    }

    private void createIfMissing(String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
