package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * Stake held for one reference (a job, a committee seat, a dispute). {@code amount} is what it still holds:
 * slashes of the reference take from it. Released locks stay as history.
 */
public record StakeLock(UUID id, UUID participantId, StakeRole role, String reference, Money lockedAmount,
        Money amount, Instant createdAt, Instant releasedAt) {

    public boolean active() {
        return releasedAt == null;
    }
}
