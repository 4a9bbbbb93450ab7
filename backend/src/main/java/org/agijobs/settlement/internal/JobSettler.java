package org.agijobs.settlement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobOutcomes;
import org.agijobs.jobs.JobState;
import org.agijobs.platform.money.Money;
import org.agijobs.resources.ResourceService;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.JobSettled.ValidatorVerdict;
import org.agijobs.settlement.JobSettled.Verdict;
import org.agijobs.settlement.Settlement;
import org.agijobs.settlement.SettlementRecorder;
import org.agijobs.settlement.SettlementTrigger;
import org.agijobs.staking.SettlementPlan;
import org.agijobs.staking.StakeService;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.ValidationReferences;
import org.agijobs.validation.ValidationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays a job out with its final outcome (DOMAIN.md, Settlement), every move in the caller's transaction on the
 * job's locked row: a job already FINALIZED is answered with its recorded settlement and nothing moves, so any
 * number of triggers on any number of instances settle it once (and {@code job_settlement}'s key backs that up).
 * Of the jobs module it needs one change, {@link JobOutcomes#finalizeSettlement}, which refuses before any money
 * moves; the recorders of other modules are called last, in the same transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class JobSettler {

    private final JobOutcomes outcomes;
    private final ValidationService validation;
    private final StakeService staking;
    private final ResourceService resources;
    private final Parameters parameters;
    private final SettlementStore settlements;
    private final List<SettlementRecorder> recorders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobSettler(JobOutcomes outcomes, ValidationService validation, StakeService staking, ResourceService resources,
            Parameters parameters,
            SettlementStore settlements, List<SettlementRecorder> recorders, ApplicationEventPublisher events,
            Clock clock) {
        this.outcomes = outcomes;
        this.validation = validation;
        this.staking = staking;
        this.resources = resources;
        this.parameters = parameters;
        this.settlements = settlements;
        this.recorders = List.copyOf(recorders);
        this.events = events;
        this.clock = clock;
    }

    /** Settles the locked job with {@code success} as the final outcome, or returns how it already settled. */
    public Settlement settle(JobView job, boolean success, SettlementTrigger trigger) {
        if (job.getState() == JobState.FINALIZED) {
            return settlements.find(job.getId()).orElseThrow();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        outcomes.finalizeSettlement(job, success, now);
        List<CommitteeMember> members = validation.committeeOf(job.getId()).map(Committee::members).orElse(List.of());
        Map<UUID, Verdict> verdicts = verdicts(members, success);
        SettlementPlan plan = SettlementPlan.settle(terms(job), committee(job, members), new SettlementPlan.Rates(
                parameters.basisPoints(Parameter.BURN_PCT), parameters.basisPoints(Parameter.VALIDATOR_SLASH_PCT),
                parameters.basisPoints(Parameter.NON_REVEAL_PENALTY_BPS)), success);
        Money slashed = staking.execute(plan);
        // After the ledger's locks, like every job command (see ResourceService).
        resources.release(job.getId());
        Money payout = plan.agentPayout();

        Settlement settlement = new Settlement(job.getId(), success, trigger, payout, plan.employerRefund(),
                plan.validatorRewards(), plan.feeToPool(), plan.burned(), plan.resourcePayment(), slashed, now);
        settlements.insert(settlement);
        JobSettled settled = new JobSettled(job.getId(), job.getEmployerId(), job.getAgentId(), success,
                job.getReward(), payout, job.getSpecHash(), job.getResultHash(), job.getAssignedAt(),
                job.getSubmittedAt(), now, members.stream()
                        .map(member -> new ValidatorVerdict(member.validatorId(), verdicts.get(member.validatorId())))
                        .toList(),
                new JobSettled.Costs(plan.validatorRewards(), plan.burned(), plan.resourcePayment()));
        recorders.forEach(recorder -> recorder.record(settled));
        events.publishEvent(settled);
        return settlement;
    }

    /** The challenge window's end: settles with the tally's outcome if nobody disputed it; else nothing. */
    public Optional<Settlement> settleIfUndisputed(JobView job) {
        Instant now = clock.instant();
        if (job.getState() != JobState.COMPLETED || now.isBefore(job.getChallengeEndsAt())) {
            return Optional.empty();
        }
        return Optional.of(settle(job, job.getValidationApproved(), SettlementTrigger.CHALLENGE_ENDED));
    }

    private static Map<UUID, Verdict> verdicts(List<CommitteeMember> members, boolean success) {
        Map<UUID, Verdict> verdicts = new LinkedHashMap<>();
        for (CommitteeMember member : members) {
            verdicts.put(member.validatorId(), member.excused() ? Verdict.EXCUSED
                    : !member.revealed() ? Verdict.NOT_REVEALED
                    : member.approve() == success ? Verdict.ON_OUTCOME_SIDE : Verdict.WRONG_SIDE);
        }
        return verdicts;
    }

    /** The job's terms as snapshotted on it: what the plan pays out of its escrow. */
    private static SettlementPlan.Terms terms(JobView job) {
        return new SettlementPlan.Terms(job.getId(), job.getEmployerId(), job.getAgentId(), job.getReward(),
                job.getFee(), job.getJobStake(), job.getValidatorRewardBps(), job.getResourceCost());
    }

    /** The committee as the plan weighs it: weight at the draw, the vote only once revealed, and who is excused. */
    private static SettlementPlan.Committee committee(JobView job, List<CommitteeMember> members) {
        return new SettlementPlan.Committee(ValidationReferences.lockOf(job.getId()), members.stream()
                .map(member -> new SettlementPlan.Member(member.validatorId(), member.weight(),
                        member.revealed() ? member.approve() : null, member.excused()))
                .toList());
    }
}
