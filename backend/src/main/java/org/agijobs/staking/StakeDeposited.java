package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** Stake moved from the participant's wallet into a role stake. */
public record StakeDeposited(UUID participantId, StakeRole role, Money amount, Instant at) implements StakeEvent {
}
