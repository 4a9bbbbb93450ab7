package org.agijobs.reputation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.reputation.internal.EmployerRecords;
import org.agijobs.reputation.internal.ScoreStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reputation module's API: read-only, since scores move only when jobs settle or expire. Every participant's
 * standing is visible to anyone with a platform role: employers weigh agents by it and agents choose employers by
 * theirs.
 */
@Service
@Transactional(readOnly = true)
public class ReputationService {

    /** Histories are read at most this many entries at a time. */
    public static final int MAX_HISTORY = 100;

    private final ScoreStore scores;
    private final EmployerRecords employers;

    ReputationService(ScoreStore scores, EmployerRecords employers) {
        this.scores = scores;
        this.employers = employers;
    }

    /**
     * Each participant's standing in two queries whatever their number; participants never scored get zeros. For
     * batch loading under a query whose caller was already checked.
     */
    public Map<UUID, Reputation> reputationsOf(Collection<UUID> participants) {
        Map<UUID, Map<ReputationRole, Long>> stored = scores.scores(participants);
        Map<UUID, EmployerRecords.Counts> counts = employers.countsOf(participants);
        Map<UUID, Reputation> result = new LinkedHashMap<>();
        for (UUID participant : participants) {
            Map<ReputationRole, Long> roles = stored.getOrDefault(participant, Map.of());
            EmployerRecords.Counts record = counts.getOrDefault(participant, EmployerRecords.Counts.NONE);
            result.put(participant, new Reputation(participant, roles.getOrDefault(ReputationRole.AGENT, 0L),
                    roles.getOrDefault(ReputationRole.VALIDATOR, 0L), record.successful(), record.settled()));
        }
        return result;
    }

    /**
     * The participant's score changes in every role, newest first, at most {@code limit} (clamped to 1..100); empty
     * for a participant never scored, and for {@code null}, an id that names no participant.
     */
    public List<ReputationChange> history(Caller caller, UUID participant, int limit) {
        Authorization.requireSomeRole(caller);
        if (participant == null) {
            return List.of();
        }
        return scores.history(participant, Math.clamp(limit, 1, MAX_HISTORY));
    }
}
