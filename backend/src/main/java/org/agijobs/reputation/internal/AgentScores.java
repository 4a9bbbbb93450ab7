package org.agijobs.reputation.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.AgentReputation;
import org.agijobs.reputation.ReputationRole;
import org.springframework.stereotype.Component;

/** The agent scores that jobs' eligibility and ranking read; a plain read, joining the caller's transaction. */
@Component
class AgentScores implements AgentReputation {

    private final ScoreStore scores;

    AgentScores(ScoreStore scores) {
        this.scores = scores;
    }

    @Override
    public long of(UUID agent) {
        return of(List.of(agent)).get(agent);
    }

    @Override
    public Map<UUID, Long> of(Collection<UUID> agents) {
        Map<UUID, Long> stored = scores.scores(agents, ReputationRole.AGENT);
        Map<UUID, Long> all = new HashMap<>();
        agents.forEach(agent -> all.put(agent, stored.getOrDefault(agent, 0L)));
        return all;
    }
}
