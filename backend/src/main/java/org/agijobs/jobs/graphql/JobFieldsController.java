package org.agijobs.jobs.graphql;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.agijobs.jobs.AgentRank;
import org.agijobs.jobs.AgentStanding;
import org.agijobs.jobs.internal.Job;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobView;
import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.graphql.InMemory;
import static org.agijobs.platform.graphql.BatchJoins.ids;
import static org.agijobs.platform.graphql.BatchJoins.joined;

import org.agijobs.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code Job} and {@code AgentRank} that are not plain properties. Every field that leads to
 * another object is a {@code @BatchMapping}: a page of jobs loads its employers, agents, parents and children
 * with one query each, whatever the page size.
 */
@Controller
class JobFieldsController {

    private final JobService jobs;
    private final ParticipantService participants;

    JobFieldsController(JobService jobs, ParticipantService participants) {
        this.jobs = jobs;
        this.participants = participants;
    }

    @InMemory
    @SchemaMapping(typeName = "Job", field = "id")
    String id(Job job) {
        return GlobalId.of(JobInputs.JOB_TYPE, job.getId());
    }

    @SchemaMapping(typeName = "Job", field = "escrow")
    Money escrow(Job job) {
        return job.escrowAmount();
    }

    @SchemaMapping(typeName = "Job", field = "energyBudget")
    String energyBudget(Job job) {
        return plain(job.getEnergyBudget());
    }

    @SchemaMapping(typeName = "Job", field = "computeBudget")
    String computeBudget(Job job) {
        return plain(job.getComputeBudget());
    }

    @BatchMapping(typeName = "Job", field = "employer")
    Map<Job, Participant> employer(List<Job> page) {
        return participantsOf(page, Job::getEmployerId);
    }

    @BatchMapping(typeName = "Job", field = "agent")
    Map<Job, Participant> agent(List<Job> page) {
        return participantsOf(page, Job::getAgentId);
    }

    @BatchMapping(typeName = "Job", field = "preferredAgent")
    Map<Job, Participant> preferredAgent(List<Job> page) {
        return participantsOf(page, Job::getPreferredAgentId);
    }

    @BatchMapping(typeName = "Job", field = "parent")
    Map<Job, JobView> parent(List<Job> page) {
        Map<UUID, JobView> parents = jobs.findAll(ids(page, Job::getParentId));
        return joined(page, Job::getParentId, parents);
    }

    @BatchMapping(typeName = "Job", field = "children")
    Map<Job, List<Job>> children(List<Job> page) {
        Map<UUID, List<Job>> children = jobs.childrenOf(ids(page, Job::getId));
        Map<Job, List<Job>> result = new LinkedHashMap<>();
        page.forEach(job -> result.put(job, children.getOrDefault(job.getId(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "AgentRank", field = "agent")
    Map<AgentRank, Participant> rankedAgent(List<AgentRank> ranks) {
        Map<UUID, Participant> agents = participants.byIds(ids(ranks, AgentRank::agentId));
        return joined(ranks, AgentRank::agentId, agents);
    }

    /** The caller comes from the security context: a batch loader gets no {@code Caller} argument of its own. */
    @BatchMapping(typeName = "Job", field = "myStanding")
    Map<Job, AgentStanding> myStanding(List<Job> page, Principal principal) {
        Map<UUID, AgentStanding> standings = jobs.standingsOf(Callers.callerOf((Authentication) principal), page);
        return joined(page, Job::getId, standings);
    }

    @SchemaMapping(typeName = "AgentRank", field = "score")
    double score(AgentRank rank) {
        return rank.score().doubleValue();
    }

    @SchemaMapping(typeName = "AgentRank", field = "skillMatch")
    double skillMatch(AgentRank rank) {
        return rank.skillMatch().doubleValue();
    }

    private Map<Job, Participant> participantsOf(List<Job> page, Function<Job, UUID> key) {
        return joined(page, key, participants.byIds(ids(page, key)));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
