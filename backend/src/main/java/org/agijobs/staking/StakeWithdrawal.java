package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * A request to take stake out. {@code amount} is what is still pending (or was paid out): slashes during
 * unbonding shrink it below {@code requestedAmount}.
 */
public record StakeWithdrawal(UUID id, UUID participantId, StakeRole role, Money requestedAmount, Money amount,
        Instant requestedAt, Instant availableAt, WithdrawalState state, Instant finalizedAt) {

    public boolean isAvailable(Instant now) {
        return !now.isBefore(availableAt);
    }
}
