package org.agijobs.jobs;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Agents' reputation scores as the eligibility check ({@code >= PREMIUM_THRESHOLD}) and the ranking read them.
 * Jobs owns this interface and the reputation module implements it, so jobs never depends on reputation (which
 * itself implements jobs' {@link AgentLosses}). Agents without a score have 0.
 */
public interface AgentReputation {

    /** The agent's current score. */
    long of(UUID agent);

    /** The scores of several agents in one read, with an entry for every one asked about. */
    Map<UUID, Long> of(Collection<UUID> agents);
}
