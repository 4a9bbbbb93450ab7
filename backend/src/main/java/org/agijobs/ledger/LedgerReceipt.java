package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * What a deposit or withdrawal did, as its client sees it (also the response replayed for its idempotency key).
 *
 * @param reference    recorded as the transfer's reference
 * @param reason       the transfer's reason, e.g. {@code WITHDRAWAL}
 * @param accountKind  the platform account the money moved into or out of
 * @param amount       the amount moved
 * @param balanceAfter that account's balance right after the move
 * @param at           when the move was recorded
 */
public record LedgerReceipt(UUID reference, LedgerReason reason, AccountKind accountKind, Money amount, Money balanceAfter,
        Instant at) {
}
