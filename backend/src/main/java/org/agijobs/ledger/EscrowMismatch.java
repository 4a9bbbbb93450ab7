package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.util.UUID;

/** A job whose escrow balance differs from what its open obligations need. */
public record EscrowMismatch(UUID jobId, Money expected, Money actual) {
}
