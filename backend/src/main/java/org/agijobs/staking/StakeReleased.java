package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** A lock ended: what it still held went back to free stake. */
public record StakeReleased(UUID participantId, StakeRole role, String reference, Money amount, Instant at)
        implements StakeEvent {
}
