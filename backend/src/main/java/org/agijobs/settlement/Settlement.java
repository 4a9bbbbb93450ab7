package org.agijobs.settlement;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * How a job settled, as recorded once: {@code agentPayout + employerRefund + validatorRewards + feeToPool + burned
 * + resourcePayment} is exactly the escrow (reward plus fee plus resource cost); {@code slashed} is what the agent and the wrong or silent
 * validators lost, which the slash split sent to the employer, the treasury and burn.
 */
public record Settlement(UUID jobId, boolean success, SettlementTrigger trigger, Money agentPayout,
        Money employerRefund, Money validatorRewards, Money feeToPool, Money burned, Money resourcePayment, Money slashed,
        Instant settledAt) {
}
