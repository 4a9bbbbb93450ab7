package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** Free stake was locked for a reference (a job, a committee seat, a dispute). */
public record StakeLocked(UUID participantId, StakeRole role, String reference, Money amount, Instant at)
        implements StakeEvent {
}
