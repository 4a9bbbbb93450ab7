package org.agijobs.settlement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * A job was settled (state FINALIZED), exactly once: handed to every {@link SettlementRecorder} inside the
 * settlement transaction, then published as a fact for after-commit listeners.
 *
 * @param success      whether the final outcome approved the agent's work
 * @param reward       the job's reward
 * @param agentPayout  what the agent received (zero on failure)
 * @param assignedAt   when the agent was assigned
 * @param submittedAt  when the agent submitted its result
 * @param validators   every committee member with how its vote compares to the final outcome (empty when the
 *                     job had no committee)
 * @param costs        what the market spent on the job, as its settlement paid it out of the escrow
 */
public record JobSettled(UUID jobId, UUID employerId, UUID agentId, boolean success, Money reward,
        Money agentPayout, String specHash, String resultHash, Instant assignedAt, Instant submittedAt,
        Instant settledAt, List<ValidatorVerdict> validators, Costs costs) {

    public JobSettled {
        validators = List.copyOf(validators);
    }

    /**
     * The settlement's legs that count as the market's cost (DOMAIN.md, Operator insight): carried on the fact so
     * that a listener can count cost without reading the ledger. Settlement is the only source of these legs.
     */
    public record Costs(Money validatorRewards, Money burned, Money resourcePayment) {

        public static final Costs NONE = new Costs(Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** How one committee member's vote compares to the job's final outcome. */
    public record ValidatorVerdict(UUID validatorId, Verdict verdict) {
    }

    public enum Verdict {
        /** Revealed a vote that matches the final outcome: shares the validator reward. */
        ON_OUTCOME_SIDE,
        /** Revealed a vote that contradicts the final outcome: slashed. */
        WRONG_SIDE,
        /** Committed but never revealed, or never committed: penalised and banned. */
        NOT_REVEALED,
        /** Never revealed, and lost the validator role before the tally: neither penalised nor rewarded. */
        EXCUSED
    }
}
