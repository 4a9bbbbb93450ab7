package org.agijobs.participants;

/** Whether a participant works as a person or as an AI agent; jobs may admit either or both. */
public enum AgentType {
    HUMAN, AI
}
