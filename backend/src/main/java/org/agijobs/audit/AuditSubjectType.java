package org.agijobs.audit;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What an audit event is about; {@code nodeType} is the GraphQL type of its global id (none for the market). */
public enum AuditSubjectType {
    JOB("Job"), PROPOSAL("Proposal"), PARTICIPANT("Participant"), FEE_DISTRIBUTION("FeeDistribution"), MARKET(null);

    private final @Nullable String nodeType;

    AuditSubjectType(@Nullable String nodeType) {
        this.nodeType = nodeType;
    }

    public @Nullable String nodeType() {
        return nodeType;
    }

    /** The subject type whose objects carry global ids of {@code nodeType}. */
    public static Optional<AuditSubjectType> ofNodeType(String nodeType) {
        return Arrays.stream(values()).filter(type -> nodeType.equals(type.nodeType)).findFirst();
    }
}
