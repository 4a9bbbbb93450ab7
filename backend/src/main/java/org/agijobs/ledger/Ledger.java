package org.agijobs.ledger;

/**
 * The double-entry ledger: the only way any balance changes. Each transfer moves an amount from one account
 * to another inside the caller's transaction, with a reason and a reference, so that all balances always sum
 * to zero and no account but {@link AccountKind#EXTERNAL} ever goes negative.
 */
public interface Ledger {

    /**
     * Moves {@code amount} (> 0) from {@code from} to {@code to}. Must run inside a transaction.
     *
     * @param reason    why, e.g. {@code JOB_ESCROW}, {@code STAKE_DEPOSIT}
     * @param reference what it is about, e.g. a job's or proposal's id; may be null
     * @throws org.agijobs.platform.errors.DomainException {@code INSUFFICIENT_FUNDS} when {@code from} would go
     *                                                     negative (nothing moves then)
     */
    void transfer(AccountRef from, AccountRef to, Money amount, String reason, String reference);

    /** The account's balance now (zero for an account never used). */
    Money balanceOf(AccountRef account);
}
