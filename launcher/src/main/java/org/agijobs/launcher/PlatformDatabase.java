package org.agijobs.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL (Maven Central binaries) that holds both the platform's database and Keycloak's.
 * Its data folder is kept between runs, so a restart keeps every job, balance and Keycloak session.
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

    static PlatformDatabase start(Path dataDir) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .start();
        PlatformDatabase database = new PlatformDatabase(postgres);
        database.createIfMissing(PLATFORM_DATABASE);
        database.createIfMissing(KEYCLOAK_DATABASE);
        return database;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + PORT + "/" + database;
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
