package org.agijobs.jobs.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many jobs an agent holds that are assigned and not settled, the number {@code MAX_ACTIVE_JOBS_PER_AGENT}
 * caps. Counting and then assigning is a check-then-act, so an application first takes a transaction-scoped
 * advisory lock on the agent: two applications of one agent to different jobs queue there, and the second
 * counts the first's job.
 */
@Component
public class AgentLoad {

    private static final String ACTIVE_STATES = "('ASSIGNED', 'SUBMITTED', 'VALIDATING', 'COMPLETED', 'DISPUTED')";

    private final JdbcClient jdbc;

    AgentLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes this agent's applications until the current transaction ends. */
    public void lockAgent(UUID agent) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "job-agent:" + agent)
                .query((rs, row) -> row)
                .single();
    }

    public int activeJobs(UUID agent) {
        return activeJobs(List.of(agent)).getOrDefault(agent, 0);
    }

    /** Active job counts of several agents in one query; agents without any are absent. */
    public Map<UUID, Integer> activeJobs(Collection<UUID> agents) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (agents.isEmpty()) {
            return counts;
        }
        jdbc.sql("select agent_id, count(*) as n from job where agent_id in (:agents) and state in " + ACTIVE_STATES
                        + " group by agent_id")
                .param("agents", List.copyOf(agents))
                .query((rs, row) -> counts.put(rs.getObject("agent_id", UUID.class), rs.getInt("n")))
                .list();
        return counts;
    }
}
