package org.agijobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, from the Maven Central binaries, shared by every Spring context.
 * Each context gets the same database; tests create their own rows and never assume an empty table.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; the temp folder is removed by zonky either way
        }
    }
}
