package org.agijobs.disputes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * A job's dispute, open until a ruling, or until a proposal cancels its job ({@code cancelledAt}, fee refunded,
 * no ruling); {@code resolvedAs} says whether a moderator or an owner ruled.
 */
public record Dispute(UUID jobId, DisputeKind kind, UUID raisedBy, String reason, Money fee, Instant openedAt,
        Instant resolvedAt, Ruling ruling, UUID resolvedBy, String resolvedAs, String resolutionReason,
        List<Evidence> evidence, Instant cancelledAt) {

    public boolean isOpen() {
        return resolvedAt == null && cancelledAt == null;
    }
}
