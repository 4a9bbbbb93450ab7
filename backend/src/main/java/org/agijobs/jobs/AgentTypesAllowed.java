package org.agijobs.jobs;

import org.agijobs.participants.AgentType;

/** Which kinds of agent a job admits. */
public enum AgentTypesAllowed {
    HUMAN, AI, ANY;

    public boolean admits(AgentType type) {
        return this == ANY || name().equals(type.name());
    }
}
