package org.agijobs.jobs.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.JobFilter;
import org.agijobs.jobs.JobState;
import org.agijobs.participants.Participant;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The job list's filters as JPA criteria; skills use PostgreSQL's array operators (GIN-indexed). */
public final class JobSpecifications {

    /** Newest first; the id breaks ties so the order is total, as keyset cursors need. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private JobSpecifications() {
    }

    public static Specification<Job> matching(JobFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.state() != null) {
                predicates.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.employerId() != null) {
                predicates.add(cb.equal(root.get("employerId"), filter.employerId()));
            }
            if (filter.agentId() != null) {
                predicates.add(cb.equal(root.get("agentId"), filter.agentId()));
            }
            if (filter.skill() != null && !filter.skill().isBlank()) {
                String skill = filter.skill().strip().toLowerCase(Locale.ROOT);
                predicates.add(((HibernateCriteriaBuilder) cb).arrayContains(root.get("requiredSkills"), skill));
            }
            if (filter.createdFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.createdFrom()));
            }
            if (filter.createdTo() != null) {
                predicates.add(cb.lessThan(root.get("createdAt"), filter.createdTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Open jobs that {@code agent} could take on fit alone: before the deadline, its type admitted, every
     * required skill among its skills, not reserved for another agent, and not its own.
     */
    public static Specification<Job> openFor(Participant agent, Instant now) {
        UUID agentId = agent.getId();
        String[] skills = agent.getSkills().toArray(String[]::new);
        Set<AgentTypesAllowed> types = Set.of(AgentTypesAllowed.ANY,
                AgentTypesAllowed.valueOf(agent.getAgentType().name()));
        return (root, query, cb) -> cb.and(
                cb.equal(root.get("state"), JobState.CREATED),
                cb.greaterThan(root.get("deadline"), now),
                root.get("agentTypesAllowed").in(types),
                cb.notEqual(root.get("employerId"), agentId),
                cb.or(cb.isNull(root.get("preferredAgentId")), cb.equal(root.get("preferredAgentId"), agentId)),
                ((HibernateCriteriaBuilder) cb).arrayContainsAll(skills, root.get("requiredSkills")));
    }

    /** The fit part of {@link #openFor} for one job in memory, whatever its state: would it be on the agent's board. */
    public static boolean fits(Job job, Participant agent) {
        return !agent.getId().equals(job.getEmployerId())
                && job.getAgentTypesAllowed().admits(agent.getAgentType())
                && agent.getSkills().containsAll(job.getRequiredSkills())
                && (job.getPreferredAgentId() == null || job.getPreferredAgentId().equals(agent.getId()));
    }
}
