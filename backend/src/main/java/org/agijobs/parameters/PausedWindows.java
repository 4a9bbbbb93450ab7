package org.agijobs.parameters;

import java.time.Duration;
import java.time.Instant;

/**
 * A module's time windows that a FULL pause must not eat into (DOMAIN.md, Governance: nobody is penalised for a
 * pause). Implemented by each module that owns such windows; {@link MarketPause#resume} calls every one in the
 * resume's transaction.
 */
public interface PausedWindows {

    /**
     * Extends by {@code paused} every window of this module that was still open when FULL began
     * ({@code fullSince}), its stored end and its scheduled execution alike.
     */
    void extend(Instant fullSince, Duration paused);
}
