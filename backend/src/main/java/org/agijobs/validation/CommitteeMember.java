package org.agijobs.validation;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * One member of a job's committee: its weight (its free validator stake at the draw), the stake locked for the job
 * (all of the weight), its commit and, once revealed, its vote.
 */
public record CommitteeMember(UUID jobId, UUID validatorId, int drawPosition, Money weight, Money lockedStake,
        String commitHash, Instant committedAt, Boolean approve, Instant revealedAt) {

    public boolean committed() {
        return committedAt != null;
    }

    public boolean revealed() {
        return revealedAt != null;
    }
}
