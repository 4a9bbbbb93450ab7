package org.agijobs.settlement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.governance.Parameter;
import org.agijobs.governance.Parameters;
import org.agijobs.jobs.Job;
import org.agijobs.jobs.JobCommand;
import org.agijobs.jobs.JobOutcomes;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobState;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.JobSettled.ValidatorVerdict;
import org.agijobs.settlement.JobSettled.Verdict;
import org.agijobs.settlement.Settlement;
import org.agijobs.settlement.SettlementTrigger;
import org.agijobs.staking.StakeRole;
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
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class JobSettler {

    static final String PAYOUT = "JOB_PAYOUT";
    static final String REFUND = "JOB_REFUND";
    static final String VALIDATOR_REWARD = "VALIDATOR_REWARD";
    static final String FEE = "JOB_FEE";
    static final String FEE_BURN = "FEE_BURN";

    private final JobOutcomes outcomes;
    private final JobService jobs;
    private final ValidationService validation;
    private final StakeService staking;
    private final Ledger ledger;
    private final Parameters parameters;
    private final SettlementStore settlements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobSettler(JobOutcomes outcomes, JobService jobs, ValidationService validation, StakeService staking, Ledger ledger,
            Parameters parameters, SettlementStore settlements, ApplicationEventPublisher events, Clock clock) {
        this.outcomes = outcomes;
        this.jobs = jobs;
        this.validation = validation;
        this.staking = staking;
        this.ledger = ledger;
        this.parameters = parameters;
        this.settlements = settlements;
        this.events = events;
        this.clock = clock;
    }

    /** Settles the locked job with {@code success} as the final outcome, or returns how it already settled. */
    public Settlement settle(Job job, boolean success, SettlementTrigger trigger) {
        if (job.getState() == JobState.FINALIZED) {
            return settlements.find(job.getId()).orElseThrow();
        }
        job.requireState(JobCommand.FINALIZE);
        if (success && jobs.hasUnsettledChildren(job.getId())) {
            throw new DomainException(ErrorCode.INVALID_STATE,
                    "A job cannot settle as a success while one of its sub-jobs is unsettled");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<CommitteeMember> members = validation.committeeOf(job.getId()).map(Committee::members).orElse(List.of());
        Map<UUID, Verdict> verdicts = verdicts(members, success);
        ledger.lock(accounts(job, members));

        String reference = job.getId().toString();
        AccountRef escrow = AccountRef.escrow(job.getId());
        Money rewards = payValidatorRewards(job, members, verdicts, reference);
        Money payout = Money.ZERO;
        Money refund = Money.ZERO;
        Money toPool = Money.ZERO;
        Money burned = Money.ZERO;
        Money slashed = Money.ZERO;
        if (success) {
            payout = job.getReward().minus(rewards);
            move(escrow, AccountRef.wallet(job.getAgentId()), payout, PAYOUT, reference);
            burned = job.getFee().basisPoints(parameters.basisPoints(Parameter.BURN_PCT));
            toPool = job.getFee().minus(burned);
            move(escrow, AccountRef.BURN, burned, FEE_BURN, reference);
            move(escrow, AccountRef.FEE_POOL, toPool, FEE, reference);
        } else {
            refund = job.escrowAmount().minus(rewards);
            move(escrow, AccountRef.wallet(job.getEmployerId()), refund, REFUND, reference);
            if (job.getJobStake().isPositive()) {
                slashed = slashed.plus(staking.slash(job.getAgentId(), StakeRole.AGENT, reference, job.getJobStake(),
                        job.getEmployerId()).slashed());
            }
        }
        staking.release(job.getAgentId(), StakeRole.AGENT, reference);
        slashed = slashed.plus(penaliseValidators(job, members, verdicts));

        Settlement settlement = new Settlement(job.getId(), success, trigger, payout, refund, rewards, toPool, burned,
                slashed, now);
        settlements.insert(settlement);
        outcomes.finalizeSettlement(job, success, now);
        events.publishEvent(new JobSettled(job.getId(), job.getEmployerId(), job.getAgentId(), success,
                job.getReward(), payout, job.getSpecHash(), job.getResultHash(), job.getAssignedAt(),
                job.getSubmittedAt(), now, members.stream()
                        .map(member -> new ValidatorVerdict(member.validatorId(), verdicts.get(member.validatorId())))
                        .toList()));
        return settlement;
    }

    /** The challenge window's end: settles with the tally's outcome if nobody disputed it; else nothing. */
    public Optional<Settlement> settleIfUndisputed(Job job) {
        Instant now = clock.instant();
        if (job.getState() != JobState.COMPLETED || now.isBefore(job.getChallengeEndsAt())) {
            return Optional.empty();
        }
        return Optional.of(settle(job, job.getValidationApproved(), SettlementTrigger.CHALLENGE_ENDED));
    }

    private static Map<UUID, Verdict> verdicts(List<CommitteeMember> members, boolean success) {
        Map<UUID, Verdict> verdicts = new LinkedHashMap<>();
        for (CommitteeMember member : members) {
            verdicts.put(member.validatorId(), !member.revealed() ? Verdict.NOT_REVEALED
                    : member.approve() == success ? Verdict.ON_OUTCOME_SIDE : Verdict.WRONG_SIDE);
        }
        return verdicts;
    }

    /**
     * The validator reward ({@code validatorRewardPct} of the reward, snapshotted on the job) pro rata to stake
     * among the members on the outcome side, each share rounded down; what rounding leaves stays in the escrow
     * for the agent's payout or the employer's refund. Nobody on the outcome side: nothing is paid.
     */
    private Money payValidatorRewards(Job job, List<CommitteeMember> members, Map<UUID, Verdict> verdicts,
            String reference) {
        List<CommitteeMember> winners = members.stream()
                .filter(member -> verdicts.get(member.validatorId()) == Verdict.ON_OUTCOME_SIDE).toList();
        if (winners.isEmpty()) {
            return Money.ZERO;
        }
        Money pool = job.getReward().basisPoints(job.getValidatorRewardBps());
        var totalWeight = winners.stream().map(CommitteeMember::weight).reduce(Money.ZERO, Money::plus).value();
        Money paid = Money.ZERO;
        for (CommitteeMember winner : winners) {
            Money share = pool.share(winner.weight().value(), totalWeight);
            move(AccountRef.escrow(job.getId()), AccountRef.wallet(winner.validatorId()), share, VALIDATOR_REWARD,
                    reference);
            paid = paid.plus(share);
        }
        return paid;
    }

    /** Slashes wrong-side voters and non-revealers (of their weight at the draw), then frees every member's lock. */
    private Money penaliseValidators(Job job, List<CommitteeMember> members, Map<UUID, Verdict> verdicts) {
        String lock = ValidationReferences.lockOf(job.getId());
        long wrongBps = parameters.basisPoints(Parameter.VALIDATOR_SLASH_PCT);
        long silentBps = parameters.basisPoints(Parameter.NON_REVEAL_PENALTY_BPS);
        Money slashed = Money.ZERO;
        for (CommitteeMember member : members) {
            Money penalty = switch (verdicts.get(member.validatorId())) {
                case ON_OUTCOME_SIDE -> Money.ZERO;
                case WRONG_SIDE -> member.weight().basisPoints(wrongBps);
                case NOT_REVEALED -> member.weight().basisPoints(silentBps);
            };
            if (penalty.isPositive()) {
                slashed = slashed.plus(staking.slash(member.validatorId(), StakeRole.VALIDATOR, lock, penalty,
                        job.getEmployerId()).slashed());
            }
            staking.release(member.validatorId(), StakeRole.VALIDATOR, lock);
        }
        return slashed;
    }

    private void move(AccountRef from, AccountRef to, Money amount, String reason, String reference) {
        if (amount.isPositive()) {
            ledger.transfer(from, to, amount, reason, reference);
        }
    }

    /** Every account this settlement may touch, locked at once in the ledger's order. */
    private static List<AccountRef> accounts(Job job, List<CommitteeMember> members) {
        List<AccountRef> accounts = new ArrayList<>(List.of(AccountRef.escrow(job.getId()),
                AccountRef.wallet(job.getEmployerId()), AccountRef.wallet(job.getAgentId()), AccountRef.FEE_POOL,
                AccountRef.BURN, AccountRef.TREASURY));
        addStakeAccounts(accounts, job.getAgentId(), AccountKind.STAKE_AGENT, AccountKind.LOCKED_AGENT,
                AccountKind.UNBONDING_AGENT);
        for (CommitteeMember member : members) {
            accounts.add(AccountRef.wallet(member.validatorId()));
            addStakeAccounts(accounts, member.validatorId(), AccountKind.STAKE_VALIDATOR, AccountKind.LOCKED_VALIDATOR,
                    AccountKind.UNBONDING_VALIDATOR);
        }
        return accounts;
    }

    private static void addStakeAccounts(List<AccountRef> accounts, UUID participant, AccountKind... kinds) {
        for (AccountKind kind : kinds) {
            accounts.add(new AccountRef(kind, participant));
        }
    }
}
