package org.agijobs.portal.governance;

import java.time.Duration;
import java.time.Instant;

/** How long until a queued proposal may execute, to the second, as the proposal list shows it live. */
public final class Countdown {

    private Countdown() {
    }

    /** E.g. {@code in 59 s}, {@code in 2 min 05 s}, {@code in 23 h 59 min 59 s}; {@code due now} once reached. */
    public static String until(Instant eta, Instant now) {
        // Rounded up, so "in 1 s" is the last second before the eta and "due now" means it may execute.
        long seconds = (Duration.between(now, eta).toMillis() + 999) / 1000;
        if (seconds <= 0) {
            return "due now";
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return "in %d h %02d min %02d s".formatted(hours, minutes, rest);
        }
        if (minutes > 0) {
            return "in %d min %02d s".formatted(minutes, rest);
        }
        return "in " + rest + " s";
    }
}
