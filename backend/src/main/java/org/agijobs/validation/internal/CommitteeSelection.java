package org.agijobs.validation.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.jobs.CommitteeSelector;
import org.agijobs.jobs.EscalationReason;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobOutcomes;
import org.agijobs.jobs.JobPhaseChanged.JobPhase;
import org.agijobs.jobs.ValidationRequested;
import org.agijobs.platform.money.Money;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.scheduling.Deadlines;
import org.agijobs.platform.security.Role;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeService;
import org.agijobs.validation.CommitteeDraw;
import org.agijobs.validation.CommitteePhase;
import org.agijobs.validation.ValidationReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a job's committee as soon as it enters VALIDATING, in the submission's transaction: a submission
 * without a committee (or an escalation) never commits. Eligible: free validator stake at least the minimum, the
 * validator role on the newest token seen, not blacklisted, not banned, neither the employer nor the agent. A
 * candidate's weight is its free validator stake, and a member's seat locks all of it until the job settles: what
 * counts in the tally and the reward split is exactly what is at risk, and no stake backs two seats at once.
 */
@Component
public class CommitteeSelection implements CommitteeSelector {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final CommitteeStore committees;
    private final JobOutcomes outcomes;
    private final StakeService staking;
    private final ParticipantService participants;
    private final Parameters parameters;
    private final Deadlines deadlines;
    private final Clock clock;

    CommitteeSelection(CommitteeStore committees, JobOutcomes outcomes, StakeService staking,
            ParticipantService participants, Parameters parameters, Deadlines deadlines, Clock clock) {
        this.committees = committees;
        this.outcomes = outcomes;
        this.staking = staking;
        this.participants = participants;
        this.parameters = parameters;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
    /**
     * Called by the submission after it published its own events: the committee's events (or the escalation) then
     * reach subscribers after the submission's, in order.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void select(ValidationRequested requested) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        JobView job = outcomes.lockExisting(requested.jobId(), "jobId");
        // Draws take turns until the submission commits, and withdrawal requests wait: the free stakes read next
        // are still there when the members' stakes are locked, and the next draw sees those locks.
        staking.holdFreeStakes(StakeRole.VALIDATOR);
        int size = Math.toIntExact(parameters.integer(Parameter.VALIDATORS_PER_JOB));
        List<CommitteeDraw.Candidate> candidates = candidates(job, now);
        byte[] seedBytes = new byte[32];
        SEEDS.nextBytes(seedBytes); // nextBytes, not generateSeed: the latter may block on the OS's entropy pool
        String seed = HexFormat.of().formatHex(seedBytes);
        Instant commitEnds = now.plus(parameters.duration(Parameter.COMMIT_WINDOW));
        Instant revealEnds = commitEnds.plus(parameters.duration(Parameter.REVEAL_WINDOW));
        if (candidates.size() < size) {
            committees.insert(job.getId(), seed, size, now, commitEnds, revealEnds, CommitteePhase.NO_COMMITTEE,
                    candidates);
            outcomes.escalate(job, EscalationReason.NO_COMMITTEE, now);
            return;
        }
        committees.insert(job.getId(), seed, size, now, commitEnds, revealEnds, CommitteePhase.COMMIT, candidates);
        Map<UUID, Money> weights = new java.util.HashMap<>();
        candidates.forEach(candidate -> weights.put(candidate.validatorId(), candidate.weight()));
        List<UUID> drawn = CommitteeDraw.draw(seed, candidates, size);
        for (int position = 0; position < drawn.size(); position++) {
            UUID validator = drawn.get(position);
            Money weight = weights.get(validator);
            staking.lock(validator, StakeRole.VALIDATOR, weight, ValidationReferences.lockOf(job.getId()));
            committees.insertMember(job.getId(), validator, position, weight, weight);
        }
        deadlines.schedule(ValidationDeadlineRunner.KIND, job.getId(), commitEnds);
        outcomes.announce(job, JobPhase.COMMITTEE_SELECTED, now);
    }

    private List<CommitteeDraw.Candidate> candidates(JobView job, Instant now) {
        Money minimum = parameters.money(Parameter.MIN_STAKE_VALIDATOR);
        // Three reads for all candidates: draws take turns, so this runs while other deliveries wait.
        Map<UUID, Money> free = staking.freeStakes(StakeRole.VALIDATOR);
        Set<UUID> excluded = new HashSet<>(committees.bannedAt(now));
        excluded.add(job.getEmployerId());
        excluded.add(job.getAgentId());
        List<UUID> stakers = free.entrySet().stream()
                .filter(entry -> !excluded.contains(entry.getKey()))
                .filter(entry -> entry.getValue().isPositive() && !entry.getValue().isLessThan(minimum))
                .map(Map.Entry::getKey).toList();
        Set<UUID> validators = participants.activeHoldersOf(Role.VALIDATOR, stakers);
        return stakers.stream()
                .filter(validators::contains)
                .map(id -> new CommitteeDraw.Candidate(id, free.get(id)))
                .sorted(java.util.Comparator.comparing(candidate -> candidate.validatorId().toString()))
                .toList();
    }
}
