package org.agijobs.jobs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.AgentRank;
import org.agijobs.platform.money.Money;

/**
 * The matching score of an eligible agent for a job, in [0, 1], exact decimal arithmetic rounded down to six
 * places:
 *
 * <pre>
 * score = 0.40 * skillMatch + 0.25 * reputation + 0.20 * load + 0.15 * stake
 *   skillMatch = |required ∩ agent's| / |required ∪ agent's|   (1 when the job requires no skill)
 *   reputation = min(reputation, 88,888) / 88,888
 *   load       = (maxActiveJobsPerAgent - activeJobs) / maxActiveJobsPerAgent
 *   stake      = agent stake / the largest agent stake among the candidates   (1 when that is 0)
 * </pre>
 *
 * Eligible agents have every required skill, so skill match rewards specialists (fewer unrelated skills).
 * Ties go to fewer active jobs, then more stake, then the agent id, so the order is total and repeatable.
 */
public final class AgentScoring {

    static final BigDecimal SKILL_WEIGHT = new BigDecimal("0.40");
    static final BigDecimal REPUTATION_WEIGHT = new BigDecimal("0.25");
    static final BigDecimal LOAD_WEIGHT = new BigDecimal("0.20");
    static final BigDecimal STAKE_WEIGHT = new BigDecimal("0.15");
    /** The reputation cap of DOMAIN.md (Reputation). */
    static final long MAX_REPUTATION = 88_888;
    private static final int WORKING_SCALE = 18;
    private static final int SCORE_SCALE = 6;

    private AgentScoring() {
    }

    /** An eligible agent as the ranking sees it. */
    public record Candidate(UUID agentId, Set<String> skills, long reputation, int activeJobs, Money stake) {
    }

    /** The candidates, best first. */
    public static List<AgentRank> rank(List<Candidate> candidates, Set<String> requiredSkills, long maxActiveJobs) {
        Money maxStake = candidates.stream().map(Candidate::stake).max(Comparator.naturalOrder()).orElse(Money.ZERO);
        return candidates.stream()
                .map(candidate -> score(candidate, requiredSkills, maxActiveJobs, maxStake))
                .sorted(Comparator.comparing(AgentRank::score).reversed()
                        .thenComparingInt(AgentRank::activeJobs)
                        .thenComparing(AgentRank::stake, Comparator.reverseOrder())
                        .thenComparing(AgentRank::agentId))
                .toList();
    }

    static AgentRank score(Candidate candidate, Set<String> requiredSkills, long maxActiveJobs, Money maxStake) {
        BigDecimal skill = skillMatch(requiredSkills, candidate.skills());
        BigDecimal reputation = ratio(Math.min(Math.max(candidate.reputation(), 0), MAX_REPUTATION), MAX_REPUTATION);
        BigDecimal load = ratio(Math.max(maxActiveJobs - candidate.activeJobs(), 0), maxActiveJobs);
        BigDecimal stake = maxStake.isZero() ? BigDecimal.ONE
                : candidate.stake().value().divide(maxStake.value(), WORKING_SCALE, RoundingMode.DOWN);
        BigDecimal score = SKILL_WEIGHT.multiply(skill)
                .add(REPUTATION_WEIGHT.multiply(reputation))
                .add(LOAD_WEIGHT.multiply(load))
                .add(STAKE_WEIGHT.multiply(stake))
                .setScale(SCORE_SCALE, RoundingMode.DOWN);
        return new AgentRank(candidate.agentId(), score, skill.setScale(SCORE_SCALE, RoundingMode.DOWN),
                candidate.reputation(), candidate.activeJobs(), candidate.stake());
    }

    static BigDecimal skillMatch(Set<String> required, Set<String> agent) {
        if (required.isEmpty()) {
            return BigDecimal.ONE;
        }
        Set<String> union = new HashSet<>(required);
        union.addAll(agent);
        long common = required.stream().filter(agent::contains).count();
        return ratio(common, union.size());
    }

    private static BigDecimal ratio(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), WORKING_SCALE, RoundingMode.DOWN);
    }
}
