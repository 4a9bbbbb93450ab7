package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The double-entry ledger: the only way any balance changes. Each transfer moves an amount from one account
 * to another inside the caller's transaction, with a reason and a reference, so that all balances always sum
 * to zero and no account but {@link AccountKind#EXTERNAL} ever goes negative.
 */
public interface Ledger {

    /**
     * Moves {@code amount} (> 0) from {@code from} to {@code to}. Must run inside a transaction.
     *
     * @param reason    why (its name is what the transfer records)
     * @param reference what it is about, e.g. a job's or proposal's id; may be null
     * @throws org.agijobs.platform.errors.DomainException {@code INSUFFICIENT_FUNDS} when {@code from} would go
     *                                                     negative (nothing moves then, and the caller's
     *                                                     transaction is marked rollback-only: where a shortfall
     *                                                     is an expected branch, check {@link #balanceOf} first)
     * @throws IllegalArgumentException for a non-positive amount, {@code from == to} or a missing reason: bugs
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    void transfer(AccountRef from, AccountRef to, Money amount, LedgerReason reason, String reference);

    /**
     * Locks the given accounts (creating those never used) until the transaction ends, all at once in a fixed
     * order. A transaction that makes several transfers over shared accounts (a settlement) calls it first, so
     * that two such transactions queue instead of deadlocking. Optional: every transfer locks its own two
     * accounts anyway, which is why the default does nothing (enough for an in-memory fake).
     */
    default void lock(Collection<AccountRef> accounts) {
    }

    /** Every participant's positive balance in accounts of {@code kind} (a participant kind), by participant. */
    Map<UUID, Money> positiveBalancesOf(AccountKind kind);

    /** The account's balance now (zero for an account never used). */
    Money balanceOf(AccountRef account);
}
