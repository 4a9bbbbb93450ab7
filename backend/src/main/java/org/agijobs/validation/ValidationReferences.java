package org.agijobs.validation;

import java.util.UUID;

/** The reference of a committee member's stake lock: one per job, distinct from the agent's job lock. */
public final class ValidationReferences {

    private ValidationReferences() {
    }

    public static String lockOf(UUID jobId) {
        return "committee:" + jobId;
    }
}
