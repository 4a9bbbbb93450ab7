package org.agijobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, from the Maven Central binaries, shared by every Spring context.
 * Each context gets the same database; tests create their own rows and never assume an empty table.
 * It runs with the embedded library's fast settings (no fsync, no synchronous commit, no full-page writes), unless
 * {@value #DURABLE_PROPERTY} is true: benchmarks then measure against PostgreSQL's durable defaults, as
 * {@code ./platform start} runs.
 */
public final class EmbeddedPostgresDatabase {

    public static final String DURABLE_PROPERTY = "agijobs.test.durable-database";

    private static final Map<String, String> DURABLE_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (Boolean.getBoolean(DURABLE_PROPERTY)) {
                    DURABLE_SETTINGS.forEach(builder::setServerConfig);
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * A database of its own in the same server, for a context whose start-up writes rows every other test would
     * see (the demo market's seeding); created on first use.
     */
    public static synchronized String jdbcUrl(String database) {
        jdbcUrl();
        if (!"postgres".equals(database)) {
            createDatabaseIfMissing(database);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    /** The port the database listens on, for tools outside the JVM such as pgbench. */
    public static synchronized int port() {
        jdbcUrl();
        return postgres.getPort();
    }

    /** The settings a commit's durability depends on, as the running database reports them. */
    public static String durabilitySettings() {
        List<String> settings = DURABLE_SETTINGS.keySet().stream().sorted().toList();
        StringBuilder reported = new StringBuilder();
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            for (String name : settings) {
                try (ResultSet value = statement.executeQuery("select current_setting('" + name + "')")) {
                    value.next();
                    reported.append(reported.isEmpty() ? "" : ", ").append(name).append('=').append(value.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database settings", e);
        }
        return reported.toString();
    }

    /** Creates another database in the same server, for tools that must not touch the tests' tables. */
    public static void createDatabaseIfMissing(String name) {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    private static synchronized DataSource database() {
        jdbcUrl();
        return postgres.getPostgresDatabase();
    }

    private static synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; the temp folder is removed by zonky either way
        }
    }
}
