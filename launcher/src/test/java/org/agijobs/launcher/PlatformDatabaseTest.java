package org.agijobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database that {@code ./platform start} runs keeps what it confirmed through a crash of the machine. */
class PlatformDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void runsWithDurableSettingsAndKeepsThemAfterARestart() throws IOException, SQLException {
        int port = freePort();
        try (PlatformDatabase database = PlatformDatabase.start(dataDir, port)) {
            assertDurable(database);
        }
        try (PlatformDatabase restarted = PlatformDatabase.start(dataDir, port)) {
            assertDurable(restarted);
            assertThat(restarted.jdbcUrl(PlatformDatabase.PLATFORM_DATABASE)).endsWith(":" + port + "/agijobs");
        }
    }

    private static void assertDurable(PlatformDatabase database) throws SQLException {
        assertThat(database.setting("fsync")).isEqualTo("on");
        assertThat(database.setting("synchronous_commit")).isEqualTo("on");
        assertThat(database.setting("full_page_writes")).isEqualTo("on");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
