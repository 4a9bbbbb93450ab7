package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * Opens a decided job's challenge window in the tally's transaction, so a completed job never lacks the deadline
 * that settles it, and moves it in the resume's transaction when a FULL pause extends the window. Jobs owns this
 * port and the settlement module implements it.
 */
public interface ChallengeWindowOpener {

    /** Schedules the settlement of {@code jobId} for when its challenge window ends. */
    void open(UUID jobId, Instant endsAt);

    /** Moves the settlement of {@code jobId} to the window's new end. */
    void extend(UUID jobId, Instant endsAt);
}
