package org.agijobs.validation;

import java.time.Instant;
import java.util.UUID;

/**
 * A ban from committees for not revealing a committed vote on a job: the validator is left out of every draw until
 * {@code bannedUntil}. {@code active} is judged at the moment of reading.
 */
public record ValidatorBan(UUID jobId, Instant bannedUntil, boolean active) {
}
