package org.agijobs.jobs;

import java.math.BigDecimal;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * An eligible agent's place in the ranking for a job, with the parts of its score (see
 * {@code org.agijobs.jobs.internal.AgentScoring} for the formula).
 */
public record AgentRank(UUID agentId, BigDecimal score, BigDecimal skillMatch, long reputation, int activeJobs,
                        Money stake) {
}
