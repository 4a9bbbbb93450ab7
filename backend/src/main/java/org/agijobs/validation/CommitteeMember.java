package org.agijobs.validation;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * One member of a job's committee: its weight (its free validator stake at the draw), the stake locked for the job
 * (all of the weight), its commit and, once revealed, its vote. {@code excusedAt} is set by the tally for a
 * member that did not reveal and no longer held the validator role: it is neither penalised nor rewarded.
 */
public record CommitteeMember(UUID jobId, UUID validatorId, int drawPosition, Money weight, Money lockedStake,
        String commitHash, Instant committedAt, Boolean approve, Instant revealedAt, Instant excusedAt) {

    public boolean committed() {
        return committedAt != null;
    }

    public boolean revealed() {
        return revealedAt != null;
    }

    public boolean excused() {
        return excusedAt != null;
    }
}
