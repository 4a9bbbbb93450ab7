package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** A withdrawal was finalized: what was left of it after slashes went to the wallet. */
public record StakeWithdrawn(UUID withdrawalId, UUID participantId, StakeRole role, Money amount, Instant at)
        implements StakeEvent {
}
