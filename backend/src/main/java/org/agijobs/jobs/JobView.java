package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * A job as other modules read it: no transitions, only what they need. The aggregate itself is internal to the
 * jobs module; other modules change a job only through {@link JobOutcomes}. A view from {@link JobOutcomes#lock}
 * shows the job as this transaction sees it, including what the caller's own outcome calls changed; it is also
 * the object the GraphQL type {@code Job} resolves from, so other modules' {@code Job} fields take it as source.
 */
public interface JobView {

    UUID getId();

    UUID getEmployerId();

    /** Null while no agent is assigned. */
    UUID getAgentId();

    JobState getState();

    String getSpecHash();

    Money getReward();

    Money getFee();

    /** The cost of the job's resource budgets at its posting's prices, held in escrow until it ends. */
    Money getResourceCost();

    /** The agent's stake locked for the job, null before assignment. */
    Money getJobStake();

    int getValidatorRewardBps();

    Instant getAssignedAt();

    Instant getSubmittedAt();

    String getResultHash();

    /** The tally's outcome, null before it. */
    Boolean getValidationApproved();

    Instant getChallengeEndsAt();

    /** The settlement's outcome, null before it. */
    Boolean getSettledSuccess();
}
