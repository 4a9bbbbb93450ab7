package org.agijobs.jobs.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.EscalationReason;
import org.agijobs.jobs.JobCommand;
import org.agijobs.jobs.JobState;
import org.agijobs.jobs.JobTransitions;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.NewJob;
import org.agijobs.jobs.Submission;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A job: the aggregate whose guard methods are the only way its state changes. Each guard checks the
 * transition table first ({@link JobTransitions}), then the command's own rule, and changes nothing when
 * either refuses. Money is not moved here: the service moves it through the ledger in the same transaction.
 */
@Entity
@Table(name = "job")
public class Job implements JobView {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "spec_uri")
    private String specUri;

    @Column(name = "spec_hash", nullable = false)
    private String specHash;

    @Convert(converter = MoneyColumn.class)
    @Column(nullable = false)
    private Money reward;

    @Convert(converter = MoneyColumn.class)
    @Column(nullable = false)
    private Money fee;

    @Column(name = "fee_bps", nullable = false)
    private int feeBps;

    @Column(name = "validator_reward_bps", nullable = false)
    private int validatorRewardBps;

    @Column(nullable = false)
    private Instant deadline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_skills", nullable = false)
    private String[] requiredSkills;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_types_allowed", nullable = false)
    private AgentTypesAllowed agentTypesAllowed;

    @Column(name = "preferred_agent_id")
    private UUID preferredAgentId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "energy_budget")
    private BigDecimal energyBudget;

    @Column(name = "compute_budget")
    private BigDecimal computeBudget;

    @Convert(converter = MoneyColumn.class)
    @Column(name = "resource_cost", nullable = false, updatable = false)
    private Money resourceCost;

    @Column(name = "employer_id", nullable = false, updatable = false)
    private UUID employerId;

    @Column(name = "agent_id")
    private UUID agentId;

    @Convert(converter = MoneyColumn.class)
    @Column(name = "job_stake")
    private Money jobStake;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "result_hash")
    private String resultHash;

    @Column(name = "result_uri")
    private String resultUri;

    @Column(name = "result_text")
    private String resultText;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** The tally's outcome (or, after an escalation, nothing until a ruling). */
    @Column(name = "validation_approved")
    private Boolean validationApproved;

    @Column(name = "challenge_ends_at")
    private Instant challengeEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_reason")
    private EscalationReason escalationReason;

    @Column(name = "disputed_at")
    private Instant disputedAt;

    /** The final outcome settlement paid out: the tally's after the challenge window, or a ruling's. */
    @Column(name = "settled_success")
    private Boolean settledSuccess;

    @Version
    private long version;

    protected Job() {
        // for JPA
    }

    /**
     * A new job in {@link JobState#CREATED}, with the fee and validator-reward percentages of the moment
     * snapshotted, so a later parameter change never alters it, and the cost of its resource budgets at this
     * moment's prices. The input must have passed the creation rules.
     */
    public static Job post(UUID id, UUID employerId, NewJob draft, String specHash, Money fee, int feeBps,
                           int validatorRewardBps, Money resourceCost, Instant now) {
        Job job = new Job();
        job.id = Objects.requireNonNull(id);
        job.employerId = Objects.requireNonNull(employerId);
        job.title = draft.title();
        job.description = draft.description();
        job.specUri = draft.specUri();
        job.specHash = specHash;
        job.reward = draft.reward();
        job.fee = fee;
        job.feeBps = feeBps;
        job.validatorRewardBps = validatorRewardBps;
        job.deadline = draft.deadline();
        job.requiredSkills = draft.requiredSkills().toArray(String[]::new);
        job.agentTypesAllowed = draft.agentTypesAllowed();
        job.preferredAgentId = draft.preferredAgentId();
        job.parentId = draft.parentId();
        job.energyBudget = draft.energyBudget();
        job.computeBudget = draft.computeBudget();
        job.resourceCost = Objects.requireNonNull(resourceCost);
        job.state = JobTransitions.initial();
        job.createdAt = now;
        return job;
    }

    /** Refuses with {@code INVALID_STATE} unless {@code command} is allowed in the current state. */
    public void requireState(JobCommand command) {
        JobTransitions.next(state, command);
    }

    /** CREATED to CANCELLED; the service refunds the escrow. */
    public void cancel(String reason, Instant now) {
        state = JobTransitions.next(state, JobCommand.CANCEL);
        cancelReason = reason;
        cancelledAt = now;
    }

    /** Any non-final state to CANCELLED, by an executed proposal; the caller refunds and unwinds the rest. */
    public void cancelByProposal(String reason, Instant now) {
        state = JobTransitions.next(state, JobCommand.CANCEL_BY_PROPOSAL);
        cancelReason = reason;
        cancelledAt = now;
    }

    /**
     * CREATED to ASSIGNED: the first eligible applicant takes the job, before its deadline. The stake locked
     * for it and the moment it expires without a submission are snapshotted, like the fee.
     */
    public void assign(UUID agent, Money stake, Duration expirationGrace, Instant now) {
        JobState next = JobTransitions.next(state, JobCommand.APPLY);
        if (!now.isBefore(deadline)) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "The job's deadline has passed");
        }
        state = next;
        agentId = Objects.requireNonNull(agent);
        jobStake = Objects.requireNonNull(stake);
        expiresAt = deadline.plus(expirationGrace);
        assignedAt = now;
    }

    /** ASSIGNED to SUBMITTED: only the assigned agent, only before the deadline. */
    public void submit(UUID agent, Submission result, Instant now) {
        JobState next = JobTransitions.next(state, JobCommand.SUBMIT);
        if (!Objects.equals(agentId, agent)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the assigned agent may submit a result");
        }
        if (!now.isBefore(deadline)) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "The job's deadline has passed");
        }
        state = next;
        resultHash = result.resultHash();
        resultUri = result.resultUri();
        resultText = result.resultText();
        submittedAt = now;
    }

    /** SUBMITTED to VALIDATING: the validation module takes it from here. */
    public void startValidation() {
        state = JobTransitions.next(state, JobCommand.START_VALIDATION);
    }

    /** ASSIGNED to EXPIRED, once {@link #getExpiresAt()} has passed without a submission. */
    public void expire(Instant now) {
        JobState next = JobTransitions.next(state, JobCommand.EXPIRE);
        if (!isDueToExpire(now)) {
            throw new DomainException(ErrorCode.INVALID_STATE, "The job has not expired yet");
        }
        state = next;
        expiredAt = now;
    }

    /** Whether the expiry rule applies now: still assigned, and past {@code deadline + grace}. */
    public boolean isDueToExpire(Instant now) {
        return state == JobState.ASSIGNED && !now.isBefore(expiresAt);
    }

    /**
     * VALIDATING to COMPLETED: the tally decided; the challenge window runs until {@code challengeEnds}, then
     * settlement pays the outcome out unless a party disputed it.
     */
    public void completeValidation(boolean approved, Instant now, Instant challengeEnds) {
        state = JobTransitions.next(state, JobCommand.COMPLETE_VALIDATION);
        validationApproved = approved;
        completedAt = now;
        challengeEndsAt = challengeEnds;
    }

    /** VALIDATING to DISPUTED: no committee or no quorum, a moderator decides. */
    public void escalate(EscalationReason reason, Instant now) {
        state = JobTransitions.next(state, JobCommand.ESCALATE);
        escalationReason = Objects.requireNonNull(reason);
        disputedAt = now;
    }

    /** COMPLETED to DISPUTED: a party challenged the outcome within the window. */
    public void dispute(Instant now) {
        JobState next = JobTransitions.next(state, JobCommand.DISPUTE);
        if (!now.isBefore(challengeEndsAt)) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "The challenge window of this job has ended");
        }
        state = next;
        disputedAt = now;
    }

    /** COMPLETED or DISPUTED to FINALIZED: settlement ran with this final outcome. */
    public void finalizeSettlement(boolean success, Instant now) {
        state = JobTransitions.next(state, JobCommand.FINALIZE);
        settledSuccess = success;
        finalizedAt = now;
    }

    /** What the escrow holds while the job is open: the reward plus the snapshotted fee and resource cost. */
    public Money escrowAmount() {
        return reward.plus(fee).plus(resourceCost);
    }

    /** Whether {@code result} is the submission already recorded, so a replay can be answered without effect. */
    public boolean hasSubmitted(UUID agent, Submission result) {
        return submittedAt != null && Objects.equals(agentId, agent)
                && Objects.equals(resultHash, result.resultHash()) && Objects.equals(resultUri, result.resultUri())
                && Objects.equals(resultText, result.resultText());
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSpecUri() {
        return specUri;
    }

    public String getSpecHash() {
        return specHash;
    }

    public Money getReward() {
        return reward;
    }

    public Money getFee() {
        return fee;
    }

    @Override
    public Money getResourceCost() {
        return resourceCost;
    }

    public int getFeeBps() {
        return feeBps;
    }

    public int getValidatorRewardBps() {
        return validatorRewardBps;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public List<String> getRequiredSkills() {
        return List.copyOf(Arrays.asList(requiredSkills));
    }

    public AgentTypesAllowed getAgentTypesAllowed() {
        return agentTypesAllowed;
    }

    public UUID getPreferredAgentId() {
        return preferredAgentId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public BigDecimal getEnergyBudget() {
        return energyBudget;
    }

    public BigDecimal getComputeBudget() {
        return computeBudget;
    }

    public UUID getEmployerId() {
        return employerId;
    }

    public UUID getAgentId() {
        return agentId;
    }

    /** The agent stake locked for this job; null before assignment. */
    public Money getJobStake() {
        return jobStake;
    }

    /** When the job expires if no result is submitted; null before assignment. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    public JobState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFinalizedAt() {
        return finalizedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getResultHash() {
        return resultHash;
    }

    public String getResultUri() {
        return resultUri;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The tally's outcome once COMPLETED; null before, and for escalated jobs. */
    public Boolean getValidationApproved() {
        return validationApproved;
    }

    public Instant getChallengeEndsAt() {
        return challengeEndsAt;
    }

    public EscalationReason getEscalationReason() {
        return escalationReason;
    }

    public Instant getDisputedAt() {
        return disputedAt;
    }

    /** The outcome settlement paid out; null until FINALIZED. */
    public Boolean getSettledSuccess() {
        return settledSuccess;
    }

    public String getResultText() {
        return resultText;
    }
}
