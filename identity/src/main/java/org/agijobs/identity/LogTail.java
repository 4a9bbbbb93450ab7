package org.agijobs.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of Keycloak's log, appended to error messages so that a failed start explains itself. */
final class LogTail {

    private static final int LINES = 40;

    private LogTail() {
    }

    static String of(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return System.lineSeparator() + "--- last lines of " + logFile + " ---" + System.lineSeparator()
                    + String.join(System.lineSeparator(), tail);
        } catch (IOException e) {
            return System.lineSeparator() + "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }
}
