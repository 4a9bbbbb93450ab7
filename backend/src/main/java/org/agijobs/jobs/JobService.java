package org.agijobs.jobs;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agijobs.jobs.internal.Job;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.parameters.TermsService;
import org.agijobs.jobs.internal.AgentMatching;
import org.agijobs.jobs.internal.JobInputRules;
import org.agijobs.jobs.internal.JobLifecycle;
import org.agijobs.jobs.internal.JobRef;
import org.agijobs.jobs.internal.JobRepository;
import org.agijobs.jobs.internal.JobSpecifications;
import org.agijobs.jobs.internal.JobStateCounts;
import org.agijobs.jobs.internal.JobTrees;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/**
 * The jobs module's API. Mutations check the caller's roles first, then run their effect once per
 * idempotency key in one transaction ({@link IdempotentMutations}); the job's row is locked before anything
 * is decided. Reads need any platform role: the job market is visible to everyone who takes part in it.
 */
@Service
public class JobService {

    static final String JOB_FIELD = "input.jobId";
    static final String PARENT_FIELD = "input.parent";
    static final String PREFERRED_AGENT_FIELD = "input.preferredAgent";

    private final JobRepository jobs;
    private final JobLifecycle lifecycle;
    private final JobTrees trees;
    private final AgentMatching matching;
    private final JobStateCounts stateCounts;
    private final ParticipantService participants;
    private final IdempotentMutations mutations;
    private final Parameters parameters;
    private final TermsService terms;
    private final Clock clock;

    JobService(JobRepository jobs, JobLifecycle lifecycle, JobTrees trees, AgentMatching matching,
               JobStateCounts stateCounts, ParticipantService participants, IdempotentMutations mutations, Parameters parameters,
               TermsService terms, Clock clock) {
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.trees = trees;
        this.matching = matching;
        this.stateCounts = stateCounts;
        this.participants = participants;
        this.mutations = mutations;
        this.parameters = parameters;
        this.terms = terms;
        this.clock = clock;
    }

    private record CreateJobRequest(NewJob job) {
    }

    private record CancelJobRequest(UUID jobId, String reason) {
    }

    private record ApplyForJobRequest(UUID jobId) {
    }

    private record SubmitResultRequest(UUID jobId, Submission submission) {
    }

    /**
     * Posts a job funded from the caller's wallet. Employers post top-level jobs; the assigned agent of a job
     * posts its sub-jobs (with {@code parentId}), as their employer.
     */
    public Job create(Caller caller, NewJob draft, String idempotencyKey) {
        Authorization.requireAnyOf(caller, draft.parentId() == null ? new Role[] {Role.EMPLOYER}
                : new Role[] {Role.EMPLOYER, Role.AGENT});
        JobRef ref = mutations.run(caller, idempotencyKey, new CreateJobRequest(draft), JobRef.class, () -> {
            Participant employer = participants.profileOf(caller);
            terms.requireMayMoveMoney(employer, "post jobs");
            var checked = JobInputRules.checkNewJob(draft, clock.instant(),
                    parameters.money(Parameter.MAX_JOB_REWARD), parameters.duration(Parameter.MAX_JOB_DURATION));
            if (draft.parentId() != null) {
                requireSubJobOf(lockJob(draft.parentId(), PARENT_FIELD), employer, checked.job());
            }
            if (draft.preferredAgentId() != null && participants.findById(draft.preferredAgentId()).isEmpty()) {
                throw new DomainException(ErrorCode.NOT_FOUND, PREFERRED_AGENT_FIELD, "No participant with this id");
            }
            return new JobRef(lifecycle.create(employer, checked).getId());
        });
        return reload(ref);
    }

    /**
     * Cancels an open job and refunds its escrow: its employer may, with an optional reason; an owner may delist
     * any open job, with a reason.
     */
    public Job cancel(Caller caller, UUID jobId, String reason, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.EMPLOYER, Role.AGENT, Role.OWNER);
        JobRef ref = mutations.run(caller, idempotencyKey, new CancelJobRequest(jobId, reason), JobRef.class, () -> {
            Job job = lockJob(jobId, JOB_FIELD);
            Participant canceller = participants.profileOf(caller);
            boolean ownJob = job.getEmployerId().equals(canceller.getId())
                    && (caller.has(Role.EMPLOYER) || caller.has(Role.AGENT));
            if (!ownJob && !caller.has(Role.OWNER)) {
                throw new DomainException(ErrorCode.FORBIDDEN, "Only the job's employer or an owner may cancel it");
            }
            lifecycle.cancel(job, canceller.getId(), JobInputRules.reason(reason, !ownJob));
            return new JobRef(job.getId());
        });
        return reload(ref);
    }

    /** The caller applies as agent; the first eligible applicant of an open job is assigned at once. */
    public Job apply(Caller caller, UUID jobId, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.AGENT);
        JobRef ref = mutations.run(caller, idempotencyKey, new ApplyForJobRequest(jobId), JobRef.class, () -> {
            Job job = lockJob(jobId, JOB_FIELD);
            Participant agent = participants.profileOf(caller);
            job.requireState(JobCommand.APPLY);
            terms.requireMayMoveMoney(agent, "apply for jobs");
            lifecycle.assign(job, agent);
            return new JobRef(job.getId());
        });
        return reload(ref);
    }

    /** The assigned agent delivers its result before the deadline; the job moves on to validation. */
    public Job submit(Caller caller, UUID jobId, Submission submission, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.AGENT);
        Submission checked = JobInputRules.checkSubmission(submission);
        JobRef ref = mutations.run(caller, idempotencyKey, new SubmitResultRequest(jobId, checked), JobRef.class, () -> {
            Job job = lockJob(jobId, JOB_FIELD);
            lifecycle.submit(job, participants.profileOf(caller), checked);
            return new JobRef(job.getId());
        });
        return reload(ref);
    }

    public Optional<Job> find(Caller caller, UUID id) {
        Authorization.requireSomeRole(caller);
        return jobs.findById(id);
    }

    /** For node lookups, whose caller was checked by the node query. */
    public Optional<Job> find(UUID id) {
        return jobs.findById(id);
    }

    /** Jobs by id, for batch loading (also other modules' {@code Job} fields); unknown ids are left out. */
    public Map<UUID, JobView> findAll(Collection<UUID> ids) {
        return jobs.findAllById(ids).stream().collect(Collectors.toMap(Job::getId, JobView.class::cast));
    }

    /** Each parent's sub-jobs, oldest first, in one query; parents without any are absent. */
    public Map<UUID, List<Job>> childrenOf(Collection<UUID> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return jobs.findByParentIdInOrderByCreatedAtAscIdAsc(parentIds).stream()
                .collect(Collectors.groupingBy(Job::getParentId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Jobs matching {@code filter}, newest first, {@code limit} after {@code position}. */
    public Window<Job> list(Caller caller, JobFilter filter, ScrollPosition position, int limit) {
        Authorization.requireSomeRole(caller);
        return jobs.findBy(JobSpecifications.matching(filter),
                query -> query.sortBy(JobSpecifications.NEWEST_FIRST).limit(limit).scroll(position));
    }

    /** How many jobs of {@code filter} are in each state, every state listed: a dashboard's figures. */
    public List<JobStateCount> countByState(Caller caller, JobFilter filter) {
        Authorization.requireSomeRole(caller);
        return stateCounts.count(filter);
    }

    /**
     * The escrow, fee and resource cost that posting a job with {@code reward} and these budgets would take now, at
     * the governed rates and resource prices of this moment; reward and budgets are judged as posting judges them
     * ({@code field}, {@code energyField} and {@code computeField} name them in the error).
     */
    public JobQuote quote(Caller caller, Money reward, @Nullable BigDecimal energyBudget,
            @Nullable BigDecimal computeBudget, String field, String energyField, String computeField) {
        Authorization.requireSomeRole(caller);
        JobInputRules.checkReward(reward, parameters.money(Parameter.MAX_JOB_REWARD), field);
        JobInputRules.checkBudget(energyBudget, energyField);
        JobInputRules.checkBudget(computeBudget, computeField);
        return lifecycle.quote(reward, energyBudget, computeBudget, energyField, computeField);
    }

    /** Open jobs the calling agent could take on fit (type, skills, preferred agent), newest first. */
    public Window<Job> matchingJobs(Caller caller, ScrollPosition position, int limit) {
        Authorization.requireAnyOf(caller, Role.AGENT);
        Participant agent = participants.profileOf(caller);
        return jobs.findBy(JobSpecifications.openFor(agent, clock.instant()),
                query -> query.sortBy(JobSpecifications.NEWEST_FIRST).limit(limit).scroll(position));
    }

    /** Whether the job is one {@code agent} could take on fit (type, skills, preferred agent), whatever its state. */
    public boolean fits(UUID jobId, Participant agent) {
        return jobs.findById(jobId).filter(job -> JobSpecifications.fits(job, agent)).isPresent();
    }

    /** The tree the job belongs to, from its topmost ancestor, with a Mermaid flowchart of it. */
    public Optional<JobTree> tree(Caller caller, UUID jobId) {
        Authorization.requireSomeRole(caller);
        return trees.treeOf(jobId);
    }

    /**
     * Eligible agents for an open job, best first (see the score in {@code AgentScoring}); empty once the job is
     * no longer open. For the job's employer and for owners.
     */
    public List<AgentRank> rankAgents(Caller caller, UUID jobId) {
        Authorization.requireAnyOf(caller, Role.EMPLOYER, Role.AGENT, Role.OWNER);
        Job job = jobs.findById(jobId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "jobId",
                "No job with this id"));
        if (!caller.has(Role.OWNER) && !job.getEmployerId().equals(participants.profileOf(caller).getId())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the job's employer or an owner may rank agents");
        }
        return job.getState() == JobState.CREATED ? matching.rank(job) : List.of();
    }

    /**
     * The calling agent's standing for each of {@code open} that is open and that it could take now; jobs where it
     * is not ranked (not eligible, not open) are absent, and so is everything for a caller who is no agent. Each
     * standing is a whole ranking, so callers ask for it on a page of jobs, not on every job there is.
     */
    public Map<UUID, AgentStanding> standingsOf(Caller caller, Collection<Job> open) {
        if (!caller.has(Role.AGENT)) {
            return Map.of();
        }
        UUID me = participants.profileOf(caller).getId();
        Map<UUID, AgentStanding> standings = new LinkedHashMap<>();
        for (Job job : open.stream().filter(job -> job.getState() == JobState.CREATED).toList()) {
            List<AgentRank> ranking = matching.rank(job);
            for (int place = 0; place < ranking.size(); place++) {
                if (ranking.get(place).agentId().equals(me)) {
                    standings.put(job.getId(), new AgentStanding(place + 1, ranking.size(), ranking.get(place)));
                    break;
                }
            }
        }
        return standings;
    }

    private Job lockJob(UUID id, String field) {
        return jobs.findForUpdate(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, field,
                "No job with this id"));
    }

    private Job reload(JobRef ref) {
        return jobs.findById(ref.jobId()).orElseThrow();
    }

    /** A sub-job is posted by its parent's assigned agent while it works on the parent, within its deadline. */
    private static void requireSubJobOf(Job parent, Participant employer, NewJob child) {
        if (!employer.getId().equals(parent.getAgentId())) {
            throw new DomainException(ErrorCode.FORBIDDEN, PARENT_FIELD,
                    "Only the assigned agent of a job may post its sub-jobs");
        }
        if (parent.getState() != JobState.ASSIGNED) {
            throw new DomainException(ErrorCode.INVALID_STATE, PARENT_FIELD,
                    "Sub-jobs can be posted while the parent job is ASSIGNED only");
        }
        if (child.deadline().isAfter(parent.getDeadline())) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "input.deadline",
                    "A sub-job's deadline may not be later than its parent's");
        }
    }
}
