package org.agijobs.reputation.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongUnaryOperator;

import org.agijobs.reputation.ReputationChange;
import org.agijobs.reputation.ReputationReason;
import org.agijobs.reputation.ReputationRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one job's effect on one score: lock the score row, compute the new score from the locked value, append
 * the history row, store the score. The history's unique key makes a second application for the same job a no-op.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ScoreKeeper {

    private final ScoreStore scores;

    ScoreKeeper(ScoreStore scores) {
        this.scores = scores;
    }

    /** The change made, or empty when {@code job} had already changed this score. */
    Optional<ReputationChange> apply(UUID participant, ReputationRole role, UUID job, ReputationReason reason,
                                     Instant at, LongUnaryOperator rule) {
        long before = scores.lock(participant, role, at);
        long after = rule.applyAsLong(before);
        var change = new ReputationChange(participant, role, job, after - before, after, reason, at);
        if (!scores.append(change)) {
            return Optional.empty();
        }
        if (after != before) {
            scores.update(participant, role, after, at);
        }
        return Optional.of(change);
    }
}
