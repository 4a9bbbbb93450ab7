package org.agijobs.jobs;

/** How many jobs of a filtered set are in one state: a row of an employer's or agent's dashboard. */
public record JobStateCount(JobState state, long count) {
}
