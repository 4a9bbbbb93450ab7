package org.agijobs.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * What an employer posts. The spec is the description text, or a URI with the SHA-256 of the document there;
 * budgets are resource units (DOMAIN.md, Resources), null when the job declares none.
 */
public record NewJob(String title, String description, String specUri, String specHash, Money reward,
                     Instant deadline, List<String> requiredSkills, AgentTypesAllowed agentTypesAllowed,
                     UUID preferredAgentId, UUID parentId, BigDecimal energyBudget, BigDecimal computeBudget) {

    public NewJob {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        agentTypesAllowed = agentTypesAllowed == null ? AgentTypesAllowed.ANY : agentTypesAllowed;
    }
}
