package org.agijobs.jobs.internal;

import java.util.Optional;
import java.util.TreeSet;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.jobs.AgentReputation;
import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.staking.StakeBalance;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeService;
import org.springframework.stereotype.Component;

/**
 * Whether an agent may take a job (DOMAIN.md, Jobs: Apply): not blacklisted, not the job's own employer, its
 * type admitted, every required skill, the preferred agent if one is named, reputation at least
 * {@code PREMIUM_THRESHOLD}, fewer than {@code MAX_ACTIVE_JOBS_PER_AGENT} active jobs, and bonded agent stake at
 * least {@code MIN_STAKE_AGENT}. The same rules filter the candidates of the ranking.
 */
@Component
public class AgentEligibility {

    private final Parameters parameters;
    private final StakeService staking;
    private final AgentLoad load;
    private final AgentReputation reputation;

    AgentEligibility(Parameters parameters, StakeService staking, AgentLoad load, AgentReputation reputation) {
        this.parameters = parameters;
        this.staking = staking;
        this.load = load;
        this.reputation = reputation;
    }

    /** What the rules need to know of an agent beyond its profile. */
    public record AgentFacts(long reputation, int activeJobs, StakeBalance stake) {
    }

    /** The current limits, read once per check. */
    public record Limits(long premiumThreshold, long maxActiveJobs, Money minStake) {
    }

    public Limits limits() {
        return new Limits(parameters.integer(Parameter.PREMIUM_THRESHOLD),
                parameters.integer(Parameter.MAX_ACTIVE_JOBS_PER_AGENT), parameters.money(Parameter.MIN_STAKE_AGENT));
    }

    /**
     * Refuses unless {@code agent} may take {@code job} now. Must run in the applying transaction: it takes the
     * agent's application lock (see {@link AgentLoad}) before counting its active jobs.
     */
    public void requireEligible(Job job, Participant agent) {
        if (agent.isBlacklisted()) {
            throw new DomainException(ErrorCode.BLACKLISTED, "Blacklisted participants cannot apply for jobs");
        }
        load.lockAgent(agent.getId());
        AgentFacts facts = new AgentFacts(reputation.of(agent.getId()), load.activeJobs(agent.getId()),
                staking.stakeOf(agent.getId(), StakeRole.AGENT));
        Optional<DomainException> refusal = refusal(job, agent, facts, limits());
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** Why {@code agent} may not take {@code job}, or empty when it may. */
    public static Optional<DomainException> refusal(Job job, Participant agent, AgentFacts facts, Limits limits) {
        if (agent.isBlacklisted()) {
            return notEligible("Blacklisted participants cannot apply for jobs");
        }
        if (agent.getId().equals(job.getEmployerId())) {
            return notEligible("An employer cannot take its own job");
        }
        if (!job.getAgentTypesAllowed().admits(agent.getAgentType())) {
            return notEligible("The job admits " + job.getAgentTypesAllowed() + " agents only");
        }
        TreeSet<String> missing = new TreeSet<>(job.getRequiredSkills());
        missing.removeAll(agent.getSkills());
        if (!missing.isEmpty()) {
            return notEligible("Missing required skills: " + String.join(", ", missing));
        }
        if (job.getPreferredAgentId() != null && !job.getPreferredAgentId().equals(agent.getId())) {
            return notEligible("The job is reserved for its preferred agent");
        }
        if (facts.reputation() < limits.premiumThreshold()) {
            return notEligible("A reputation of at least " + limits.premiumThreshold() + " is required");
        }
        if (facts.activeJobs() >= limits.maxActiveJobs()) {
            return notEligible("At most " + limits.maxActiveJobs() + " active jobs per agent");
        }
        if (facts.stake().bonded().isLessThan(limits.minStake())) {
            return notEligible("An agent stake of at least " + limits.minStake() + " is required");
        }
        return Optional.empty();
    }

    private static Optional<DomainException> notEligible(String message) {
        return Optional.of(new DomainException(ErrorCode.NOT_ELIGIBLE, message));
    }
}
