package org.agijobs.jobs;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.agijobs.jobs.internal.Job;
import org.agijobs.jobs.internal.JobInputRules;
import org.agijobs.jobs.internal.JobLifecycle;
import org.agijobs.jobs.internal.JobRepository;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner commands on jobs, for governance's CANCEL_JOB and SPAWN_JOB actions, in the proposal's transaction.
 * The checks run when the proposal is made and again at execution, each refusal on the action's field (prefix
 * {@code field}), so a job finalized or a treasury spent meanwhile fails the execution and changes nothing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class JobGovernance {

    private final JobRepository jobs;
    private final JobLifecycle lifecycle;
    private final ParticipantService participants;
    private final Parameters parameters;
    private final Ledger ledger;
    private final Clock clock;

    JobGovernance(JobRepository jobs, JobLifecycle lifecycle, ParticipantService participants, Parameters parameters,
            Ledger ledger, Clock clock) {
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.participants = participants;
        this.parameters = parameters;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The job, locked, if a proposal may cancel it: {@code NOT_FOUND} on {@code field + ".job"} for an unknown job,
     * {@code INVALID_STATE} there for a final one; a blank or overlong reason is {@code INVALID_INPUT} on
     * {@code field + ".reason"}.
     */
    public JobView requireCancellable(UUID jobId, String reason, String field) {
        InputRules.requiredText(reason, field + ".reason", JobInputRules.MAX_REASON);
        Job job = jobId == null ? null : jobs.findForUpdate(jobId).orElse(null);
        if (job == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, field + ".job", "No job with this id");
        }
        if (job.getState().isFinal()) {
            throw new DomainException(ErrorCode.INVALID_STATE, field + ".job",
                    "The job is " + job.getState() + " already: only a job that is not final can be cancelled");
        }
        return job;
    }

    /**
     * Cancels a job in any non-final state: the employer gets the whole escrow back, nobody is slashed, every
     * stake lock for it is freed, and the other modules unwind their state through {@link JobTeardown}.
     */
    public JobView cancelByProposal(UUID jobId, String reason, UUID proposalId, String field) {
        Job job = (Job) requireCancellable(jobId, reason, field);
        lifecycle.cancelByProposal(job, reason.strip(), proposalId);
        return job;
    }

    /**
     * The draft of a job the treasury would post, normalized by the creation rules (reward, deadline, spec,
     * skills, budgets; no parent), with the escrow it needs at today's fee and resource prices, which the treasury
     * must hold; budgets over what is available now are refused at their fields.
     */
    public SpawnCheck checkSpawn(NewJob draft, Money treasuryAvailable, String field) {
        JobInputRules.Checked checked;
        try {
            if (draft.reward() == null) {
                throw new DomainException(ErrorCode.INVALID_INPUT, "input.reward", "The reward is required");
            }
            if (draft.deadline() == null) {
                throw new DomainException(ErrorCode.INVALID_DEADLINE, "input.deadline", "The deadline is required");
            }
            checked = JobInputRules.checkNewJob(new NewJob(draft.title(), draft.description(), draft.specUri(),
                            draft.specHash(), draft.reward(), draft.deadline(), draft.requiredSkills(),
                            draft.agentTypesAllowed(), draft.preferredAgentId(), null, draft.energyBudget(),
                            draft.computeBudget()), clock.instant(), parameters.money(Parameter.MAX_JOB_REWARD),
                    parameters.duration(Parameter.MAX_JOB_DURATION));
        } catch (DomainException refused) {
            String at = refused.field() == null ? field : refused.field().startsWith("input.")
                    ? field + "." + refused.field().substring("input.".length()) : refused.field();
            throw new DomainException(refused.code(), at, refused.getMessage());
        }
        if (draft.preferredAgentId() != null && participants.findAllById(List.of(draft.preferredAgentId())).isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, field + ".preferredAgent", "No participant with this id");
        }
        Money escrow = lifecycle.quote(draft.reward(), checked.job().energyBudget(), checked.job().computeBudget(),
                field + ".energyBudget", field + ".computeBudget").escrow();
        if (treasuryAvailable.compareTo(escrow) < 0) {
            throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, field + ".reward", "The treasury holds "
                    + treasuryAvailable.value().toPlainString() + ", less than the reward plus fee and resource cost "
                    + escrow.value().toPlainString());
        }
        return new SpawnCheck(checked.job(), escrow);
    }

    /** A checked draft and the escrow (reward plus fee plus resource cost) it locks from the treasury. */
    public record SpawnCheck(NewJob job, Money escrow) {
    }

    /**
     * Posts the job with the treasury as its employer of record: the escrow comes from the treasury account, and
     * a refund or the employer's share of a slash goes back there. The proposal's action records the job's id.
     */
    public JobView spawnForTreasury(NewJob draft, String field) {
        SpawnCheck check = checkSpawn(draft, ledger.balanceOf(AccountRef.TREASURY), field);
        // The scheduler executes proposals without a caller: a read without method security.
        Participant treasury = participants.findAllById(List.of(Participant.TREASURY_ID)).stream().findFirst().orElseThrow(() ->
                new IllegalStateException("The treasury's participant record is missing (migration V18)"));
        Job job = lifecycle.create(treasury, new JobInputRules.Checked(check.job(), check.job().specHash()));
        // Written now: the proposal's action refers to the job's row in the same transaction.
        jobs.flush();
        return job;
    }
}
