/**
 * How every money-moving mutation runs, whatever its module.
 *
 * <p>A module service wraps the effect of a command in {@link org.agijobs.platform.mutation.IdempotentMutations#run}:
 * <pre>{@code
 * public Receipt withdraw(Caller caller, Money amount, @Nullable String idempotencyKey) {
 *     requireRole(caller, ...);                                  // refusals before any transaction
 *     return mutations.run(caller, idempotencyKey, new WithdrawRequest(amount), Receipt.class,
 *             () -> ledger.transfer(...));                       // one new transaction, retried when transient
 * }
 * }</pre>
 * The action runs in a new transaction, is retried on lock, deadlock and serialization failures (so it must
 * have no effect outside the database), and, with a key, records its response in the same transaction: a
 * replay returns that response without running the action again. A {@link org.agijobs.platform.errors.DomainException}
 * rolls everything back, so a refused request does not use up its key.
 *
 * <p>The module's GraphQL controller then turns the outcome into the payload in one line with
 * {@link org.agijobs.platform.mutation.Payloads#of}: a {@code DomainException} becomes {@code userErrors},
 * anything else stays a GraphQL error.
 */
@NullMarked
package org.agijobs.platform.mutation;

import org.jspecify.annotations.NullMarked;
