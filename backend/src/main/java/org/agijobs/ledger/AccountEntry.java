package org.agijobs.ledger;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * One movement of a participant's account, as its owner reads it: money in or out, from or to which kind of account,
 * why, and under which reference (a job, a withdrawal, a proposal).
 */
public record AccountEntry(UUID id, Instant at, String reason, Direction direction, Money amount,
                          AccountKind counterparty, String reference) {

    public enum Direction {
        IN, OUT
    }
}
