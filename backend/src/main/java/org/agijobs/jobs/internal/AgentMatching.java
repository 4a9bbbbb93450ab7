package org.agijobs.jobs.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.AgentRank;
import org.agijobs.jobs.AgentReputation;
import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.participants.AgentType;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.staking.StakeBalance;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeService;
import org.springframework.stereotype.Component;

/**
 * The ranking of eligible agents for an open job. Candidates are participants of an admitted type with every
 * required skill; roles are not stored, so holding agent stake is what marks an agent (only the agent role may
 * deposit it). Each candidate then passes the same eligibility rules as an application, and the survivors are
 * scored by {@link AgentScoring}.
 */
@Component
public class AgentMatching {

    /** How many profiles one ranking looks at: enough for a shortlist, bounded per request. */
    static final int MAX_CANDIDATES = 200;

    private final ParticipantService participants;
    private final StakeService staking;
    private final AgentLoad load;
    private final AgentReputation reputation;
    private final AgentEligibility eligibility;

    AgentMatching(ParticipantService participants, StakeService staking, AgentLoad load, AgentReputation reputation,
                  AgentEligibility eligibility) {
        this.participants = participants;
        this.staking = staking;
        this.load = load;
        this.reputation = reputation;
        this.eligibility = eligibility;
    }

    public List<AgentRank> rank(Job job) {
        Set<String> required = Set.copyOf(job.getRequiredSkills());
        List<Participant> workers = participants.findWorkers(admitted(job.getAgentTypesAllowed()), required,
                MAX_CANDIDATES);
        List<UUID> ids = workers.stream().map(Participant::getId).toList();
        Map<UUID, Integer> active = load.activeJobs(ids);
        Map<UUID, Long> scores = reputation.of(ids);
        AgentEligibility.Limits limits = eligibility.limits();
        List<AgentScoring.Candidate> candidates = new ArrayList<>();
        for (Participant worker : workers) {
            StakeBalance stake = staking.stakeOf(worker.getId(), StakeRole.AGENT);
            if (!stake.bonded().isPositive()) {
                continue;
            }
            var facts = new AgentEligibility.AgentFacts(scores.get(worker.getId()),
                    active.getOrDefault(worker.getId(), 0), stake);
            if (AgentEligibility.refusal(job, worker, facts, limits).isEmpty()) {
                candidates.add(new AgentScoring.Candidate(worker.getId(), worker.getSkills(), facts.reputation(),
                        facts.activeJobs(), stake.bonded()));
            }
        }
        return AgentScoring.rank(candidates, required, limits.maxActiveJobs());
    }

    private static Set<AgentType> admitted(AgentTypesAllowed allowed) {
        return switch (allowed) {
            case ANY -> EnumSet.allOf(AgentType.class);
            case HUMAN -> EnumSet.of(AgentType.HUMAN);
            case AI -> EnumSet.of(AgentType.AI);
        };
    }
}
