package org.agijobs.ledger;

import java.util.UUID;

/** A job whose escrow balance differs from what its open obligations need. */
public record EscrowMismatch(UUID jobId, Money expected, Money actual) {
}
