package org.agijobs.reputation;

/** The roles that carry a score of their own; an employer's record is a ratio, not a score. */
public enum ReputationRole {
    AGENT,
    VALIDATOR
}
