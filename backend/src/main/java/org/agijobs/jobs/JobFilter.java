package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

/** Which jobs to list; every criterion is optional and they combine with AND. {@code createdTo} is exclusive. */
public record JobFilter(JobState state, UUID employerId, UUID agentId, String skill, Instant createdFrom,
                        Instant createdTo) {

    public static final JobFilter ALL = new JobFilter(null, null, null, null, null, null);
}
