package org.agijobs.jobs.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.jobs.AgentAssigned;
import org.agijobs.jobs.AgentLosses;
import org.agijobs.jobs.CommitteeSelector;
import org.agijobs.jobs.JobCancelled;
import org.agijobs.jobs.JobCommand;
import org.agijobs.jobs.JobCreated;
import org.agijobs.jobs.JobExpired;
import org.agijobs.jobs.JobQuote;
import org.agijobs.jobs.JobState;
import org.agijobs.jobs.JobTeardown;
import org.agijobs.jobs.ResultSubmitted;
import org.agijobs.jobs.Submission;
import org.agijobs.jobs.ValidationRequested;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.scheduling.Deadlines;
import org.agijobs.resources.ResourceService;
import org.agijobs.staking.SettlementPlan;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effects of the job commands, each inside the caller's transaction and on a job whose row the caller has
 * locked: the state change through the aggregate, the money through the ledger and the staking module, the
 * expiry schedule, and one event per state change. A refusal throws before or after some of these; the
 * transaction then rolls all of them back together.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class JobLifecycle {

    public static final String ENERGY_FIELD = "input.energyBudget";
    public static final String COMPUTE_FIELD = "input.computeBudget";
    private static final String JOB_FIELD = "input.jobId";

    private final JobRepository jobs;
    private final Ledger ledger;
    private final StakeService staking;
    private final Parameters parameters;
    private final AgentEligibility eligibility;
    private final Deadlines deadlines;
    private final CommitteeSelector committees;
    private final AgentLosses agentLosses;
    private final List<JobTeardown> teardowns;
    private final ResourceService resources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobLifecycle(JobRepository jobs, Ledger ledger, StakeService staking, Parameters parameters,
                 AgentEligibility eligibility, Deadlines deadlines, CommitteeSelector committees,
                 AgentLosses agentLosses, List<JobTeardown> teardowns, ResourceService resources,
                 ApplicationEventPublisher events, Clock clock) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.staking = staking;
        this.parameters = parameters;
        this.eligibility = eligibility;
        this.deadlines = deadlines;
        this.committees = committees;
        this.agentLosses = agentLosses;
        this.teardowns = List.copyOf(teardowns);
        this.resources = resources;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a checked draft for {@code employer} and locks {@code reward + reward * FEE_PCT + resource cost} from
     * its wallet in the job's escrow. Fee and validator-reward percentages and the resource cost are snapshotted on
     * the job; a budget larger than what is available now is refused before anything moves.
     */
    public Job create(Participant employer, JobInputRules.Checked checked) {
        Instant now = now();
        JobQuote quote = quote(checked.job().reward(), checked.job().energyBudget(), checked.job().computeBudget(),
                ENERGY_FIELD, COMPUTE_FIELD);
        Job job = jobs.save(Job.post(UUID.randomUUID(), employer.getId(), checked.job(), checked.specHash(),
                quote.fee(), quote.feeBps(), quote.validatorRewardBps(), quote.resourceCost(), now));
        ledger.transfer(AccountRef.payee(employer.getId()), AccountRef.escrow(job.getId()), job.escrowAmount(),
                LedgerReason.JOB_ESCROW, job.getId().toString());
        events.publishEvent(new JobCreated(job.getId(), job.getEmployerId(), job.getParentId(), job.getReward(),
                job.getFee(), now));
        return job;
    }

    /**
     * The fee, validator share and resource cost a job with this reward and these budgets gets if it is posted now:
     * what {@link #create} snapshots; a budget over what is available is refused at its field. A read of the
     * parameters and the resource pool, so unlike the commands it needs no caller's transaction (the fee preview
     * has none).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public JobQuote quote(Money reward, @Nullable BigDecimal energyBudget, @Nullable BigDecimal computeBudget,
            String energyField, String computeField) {
        return JobQuote.of(reward, Math.toIntExact(parameters.basisPoints(Parameter.FEE_PCT)),
                Math.toIntExact(parameters.basisPoints(Parameter.VALIDATOR_REWARD_PCT)),
                resources.quote(energyBudget, computeBudget, energyField, computeField));
    }

    /** Cancels an open job and refunds its whole escrow to the employer. */
    public void cancel(Job job, UUID cancelledBy, String reason) {
        Instant now = now();
        job.cancel(reason, now);
        Money refund = refundEscrow(job);
        // An open job holds no reservation; released anyway so that no path that ends a job can leave one behind.
        resources.release(job.getId());
        events.publishEvent(new JobCancelled(job.getId(), job.getEmployerId(), cancelledBy, reason, refund, now, null));
    }

    /**
     * Cancels a job in any non-final state by an executed proposal: the other modules unwind their state for it
     * (committee locks, deadlines, an open dispute and its fee), the expiry deadline goes, the employer gets the
     * whole escrow back and the agent's job stake is freed; nobody is slashed and no reputation changes.
     */
    public Money cancelByProposal(Job job, String reason, UUID proposalId) {
        Instant now = now();
        job.cancelByProposal(reason, now);
        deadlines.cancel(JobExpirer.KIND, job.getId());
        teardowns.forEach(teardown -> teardown.tearDown(job, now));
        SettlementPlan plan = SettlementPlan.cancel(job.getId(), job.getEmployerId(), job.escrowAmount(),
                job.getAgentId());
        staking.execute(plan);
        resources.release(job.getId());
        Money refund = plan.employerRefund();
        events.publishEvent(new JobCancelled(job.getId(), job.getEmployerId(), null, reason, refund, now, proposalId));
        return refund;
    }

    /**
     * Assigns the job to {@code agent} if it is eligible, locks {@code JOB_STAKE} of its agent stake for the job
     * (reference: the job id) and schedules the expiry check.
     */
    public void assign(Job job, Participant agent) {
        Instant now = now();
        // The state first: of many concurrent applicants, all but the first see ASSIGNED and are told so.
        job.requireState(JobCommand.APPLY);
        eligibility.requireEligible(job, agent);
        Money stake = parameters.money(Parameter.JOB_STAKE);
        job.assign(agent.getId(), stake, parameters.duration(Parameter.EXPIRATION_GRACE_PERIOD), now);
        staking.lock(agent.getId(), StakeRole.AGENT, stake, job.getId().toString());
        // After the ledger's locks: the pool rows are the last a job command takes (see ResourceService).
        resources.reserve(job.getId(), job.getEnergyBudget(), job.getComputeBudget(), JOB_FIELD);
        deadlines.schedule(JobExpirer.KIND, job.getId(), job.getExpiresAt());
        events.publishEvent(new AgentAssigned(job.getId(), job.getEmployerId(), agent.getId(), stake, now));
    }

    /**
     * Records the assigned agent's result and starts validation at once: the committee is drawn (or the job
     * escalated) in this same transaction. The same submission again is answered without a second effect.
     */
    public void submit(Job job, Participant agent, Submission submission) {
        if (job.hasSubmitted(agent.getId(), submission)) {
            return;
        }
        job.requireState(JobCommand.SUBMIT);
        if (agent.isBlacklisted()) {
            throw new DomainException(ErrorCode.BLACKLISTED, "Blacklisted participants cannot submit results");
        }
        Instant now = now();
        job.submit(agent.getId(), submission, now);
        events.publishEvent(new ResultSubmitted(job.getId(), job.getEmployerId(), agent.getId(), job.getResultHash(),
                job.getResultUri(), now));
        job.startValidation();
        ValidationRequested requested = new ValidationRequested(job.getId(), job.getEmployerId(), agent.getId(),
                job.getResultHash(), now);
        events.publishEvent(requested);
        deadlines.cancel(JobExpirer.KIND, job.getId());
        committees.select(requested);
    }

    /**
     * Expires the job if it is still assigned and past its expiry time: the employer gets the whole escrow back,
     * the agent's job stake is slashed (split with the employer by the slash split) and its lock released, and
     * the agent's reputation takes the loss.
     *
     * @return when to check again if the job is assigned but not yet due (a clock running ahead elsewhere),
     *         empty when the job expired now or no longer can
     */
    public Optional<Instant> expire(Job job) {
        Instant now = now();
        if (job.getState() != JobState.ASSIGNED) {
            return Optional.empty();
        }
        if (!job.isDueToExpire(now)) {
            return Optional.of(job.getExpiresAt());
        }
        job.expire(now);
        SettlementPlan plan = SettlementPlan.expire(new SettlementPlan.Terms(job.getId(), job.getEmployerId(),
                job.getAgentId(), job.getReward(), job.getFee(), job.getJobStake(), job.getValidatorRewardBps(),
                job.getResourceCost()));
        Money slashed = staking.execute(plan);
        resources.release(job.getId());
        Money refund = plan.employerRefund();
        agentLosses.jobExpired(job.getId(), job.getAgentId(), job.getReward(), now);
        events.publishEvent(new JobExpired(job.getId(), job.getEmployerId(), job.getAgentId(), refund, slashed, now));
        return Optional.empty();
    }

    private Money refundEscrow(Job job) {
        Money refund = job.escrowAmount();
        ledger.transfer(AccountRef.escrow(job.getId()), AccountRef.payee(job.getEmployerId()), refund, LedgerReason.JOB_REFUND,
                job.getId().toString());
        return refund;
    }

    /** PostgreSQL keeps microseconds: rounding here keeps what is stored equal to what was decided. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
