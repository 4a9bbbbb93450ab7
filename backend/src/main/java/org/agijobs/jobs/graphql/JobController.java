package org.agijobs.jobs.graphql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.jobs.AgentRank;
import org.agijobs.jobs.internal.Job;
import org.agijobs.jobs.JobFilter;
import org.agijobs.jobs.JobQuote;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobStateCount;
import org.agijobs.jobs.JobTree;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Queries and mutations of jobs.graphqls: thin calls into {@link JobService}. */
@Controller
class JobController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    /** The job lists' keyset: newest first, as {@code JobSpecifications.NEWEST_FIRST} sorts. */
    private static final List<Cursors.Key> NEWEST_FIRST = List.of(new Cursors.Key("createdAt", Instant.class),
            new Cursors.Key("id", UUID.class));

    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @QueryMapping
    Job job(@Argument String id, Caller caller) {
        return GlobalId.argument(id, JobInputs.JOB_TYPE, "id").flatMap(job -> jobs.find(caller, job)).orElse(null);
    }

    @QueryMapping
    Window<Job> jobs(ScrollSubrange subrange, @Argument JobInputs.JobFilterInput filter, Caller caller) {
        JobFilter criteria = filter == null ? JobFilter.ALL : filter.toFilter();
        return jobs.list(caller, criteria, keysetPosition(subrange), pageSize(subrange));
    }

    @QueryMapping
    Window<Job> matchingJobs(ScrollSubrange subrange, Caller caller) {
        return jobs.matchingJobs(caller, keysetPosition(subrange), pageSize(subrange));
    }

    @QueryMapping
    List<JobStateCount> jobCounts(@Argument JobInputs.JobFilterInput filter, Caller caller) {
        return jobs.countByState(caller, filter == null ? JobFilter.ALL : filter.toFilter());
    }

    @QueryMapping
    JobQuote jobQuote(@Argument String reward, @Argument String energyBudget, @Argument String computeBudget,
            Caller caller) {
        return jobs.quote(caller, Money.parsePositive(reward, "reward"), JobInputs.budget(energyBudget, "energyBudget"),
                JobInputs.budget(computeBudget, "computeBudget"), "reward", "energyBudget", "computeBudget");
    }

    @QueryMapping
    JobTree jobTree(@Argument String id, Caller caller) {
        return GlobalId.argument(id, JobInputs.JOB_TYPE, "id").flatMap(job -> jobs.tree(caller, job)).orElse(null);
    }

    /** The ranking is computed whole and paged by offset: it is short and recomputed on every request. */
    @QueryMapping
    Window<AgentRank> rankAgents(@Argument String jobId, ScrollSubrange subrange, Caller caller) {
        int after = Cursors.offset(subrange);
        List<AgentRank> ranking = jobs.rankAgents(caller, JobInputs.jobId(jobId));
        int from = Math.min(after, ranking.size());
        int size = pageSize(subrange);
        List<AgentRank> page = ranking.subList(Math.min(from, ranking.size()), Math.min(from + size, ranking.size()));
        return Window.from(page, index -> ScrollPosition.offset(from + index), from + size < ranking.size());
    }

    @MutationMapping
    JobPayload createJob(@Argument JobInputs.CreateJobInput input, Caller caller) {
        return Payloads.of(() -> jobs.create(caller, input.toNewJob(), input.idempotencyKey()), JobPayload::new);
    }

    @MutationMapping
    JobPayload cancelJob(@Argument JobInputs.CancelJobInput input, Caller caller) {
        return Payloads.of(() -> jobs.cancel(caller, JobInputs.jobId(input.jobId()), input.reason(),
                input.idempotencyKey()), JobPayload::new);
    }

    @MutationMapping
    JobPayload applyForJob(@Argument JobInputs.ApplyForJobInput input, Caller caller) {
        return Payloads.of(() -> jobs.apply(caller, JobInputs.jobId(input.jobId()), input.idempotencyKey()),
                JobPayload::new);
    }

    @MutationMapping
    JobPayload submitResult(@Argument JobInputs.SubmitResultInput input, Caller caller) {
        return Payloads.of(() -> jobs.submit(caller, JobInputs.jobId(input.jobId()), input.toSubmission(),
                input.idempotencyKey()), JobPayload::new);
    }

    /** {@code first} capped at 100; at least 1, so a page always moves forward. */
    static int pageSize(ScrollSubrange subrange) {
        return Math.clamp(subrange.count().orElse(DEFAULT_PAGE), 1, MAX_PAGE);
    }

    /** A cursor that is not one of the job lists' keyset cursors is refused as malformed. */
    private static ScrollPosition keysetPosition(ScrollSubrange subrange) {
        return Cursors.keyset(subrange, NEWEST_FIRST);
    }
}
