package org.agijobs.jobs.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.agijobs.jobs.JobFilter;
import org.agijobs.jobs.JobState;
import org.agijobs.jobs.JobStateCount;
import org.springframework.stereotype.Component;

/**
 * Counts the jobs of a filter per state in one {@code group by} over the same criteria as the job list, so a
 * dashboard's figures and the list it opens can never disagree.
 */
@Component
public class JobStateCounts {

    private final EntityManager entityManager;

    JobStateCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every state in lifecycle order, with 0 for the states no job of the filter is in. */
    public List<JobStateCount> count(JobFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Job> job = query.from(Job.class);
        query.multiselect(job.get("state"), cb.count(job))
                .where(JobSpecifications.matching(filter).toPredicate(job, query, cb))
                .groupBy(job.get("state"));
        Map<JobState, Long> counted = entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(row -> row.get(0, JobState.class), row -> row.get(1, Long.class)));
        return Arrays.stream(JobState.values())
                .map(state -> new JobStateCount(state, counted.getOrDefault(state, 0L))).toList();
    }
}
