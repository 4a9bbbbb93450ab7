package org.agijobs.ledger;

/**
 * Why a ledger transfer happened: the one set of reasons every module uses. Each constant's name is the text
 * stored in {@code ledger_transfer.reason} (and shown on receipts), so renaming one changes what audits and
 * reports read: add a constant instead.
 */
public enum LedgerReason {

    /** Owner funding from {@code external} into a wallet. */
    DEPOSIT,
    /** A participant's free wallet balance paid out to {@code external}. */
    WITHDRAWAL,
    /** Owners taking money out of the treasury. */
    TREASURY_WITHDRAWAL,
    /** Owners putting money from outside into the treasury. */
    TREASURY_CREDIT,
    /** The dev profile's faucet. */
    FAUCET,
    /** Demo money for a newly registered participant (dev profile). */
    DEMO_FUNDING,

    /** Reward plus fee locked from the employer's wallet when a job is posted. */
    JOB_ESCROW,
    /** Escrow back to the employer: cancellation, expiry, or a failed job's settlement. */
    JOB_REFUND,
    /** The agent's share of the reward on success. */
    JOB_PAYOUT,
    /** A committee member's share of the validator reward. */
    VALIDATOR_REWARD,
    /** The job's fee, less its burn, to the fee pool. */
    JOB_FEE,
    /** The burned part of a job's fee. */
    FEE_BURN,

    /** Wallet to role stake. */
    STAKE_DEPOSIT,
    /** Free stake held for a job or committee. */
    STAKE_LOCK,
    /** A lock's rest back to free stake. */
    STAKE_RELEASE,
    /** Free stake into unbonding. */
    STAKE_WITHDRAWAL_REQUEST,
    /** Unbonded stake back to the wallet. */
    STAKE_WITHDRAWAL,
    /** Slashed stake to the employer, the treasury and burn. */
    STAKE_SLASH,

    /** The dispute fee, from the raiser's wallet into the dispute's bond. */
    DISPUTE_FEE,
    /** The dispute fee to the winner's side. */
    DISPUTE_FEE_AWARD,
    /** The dispute fee back to whoever raised it: a proposal cancelled the disputed job. */
    DISPUTE_FEE_REFUND,

    /** The fee pool paid out to platform stakers, or its rest to the treasury. */
    FEE_DISTRIBUTION,

    /** A job's resource cost (energy, compute), from its escrow to the operator pool. */
    RESOURCE_PAYMENT
}
