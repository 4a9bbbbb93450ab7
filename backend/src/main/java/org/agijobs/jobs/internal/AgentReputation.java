package org.agijobs.jobs.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * An agent's reputation score as the eligibility check ({@code >= PREMIUM_THRESHOLD}) and the ranking read
 * it. The reputation module does not exist yet, so every agent scores 0; this is the one place to connect it.
 */
@Component
public class AgentReputation {

    public long of(UUID agent) {
        return 0;
    }
}
