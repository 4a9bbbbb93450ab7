package org.agijobs.staking;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/** Free stake moved to unbonding; it can be finalized at {@code availableAt}. */
public record StakeWithdrawalRequested(UUID withdrawalId, UUID participantId, StakeRole role, Money amount,
        Instant availableAt, Instant at) implements StakeEvent {
}
