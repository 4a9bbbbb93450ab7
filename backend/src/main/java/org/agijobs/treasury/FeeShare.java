package org.agijobs.treasury;

import java.util.UUID;

import org.agijobs.platform.money.Money;

/** What one platform staker was paid in a distribution, and the stake that earned it. */
public record FeeShare(UUID distributionId, UUID participantId, Money stake, Money amount) {
}
