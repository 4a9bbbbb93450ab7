package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.util.Map;
import java.util.UUID;

/**
 * What each job's escrow should hold (DOMAIN.md: each job escrow equals what its open obligations need), for
 * the ledger health check. The module that owns jobs implements it as a bean; with none, escrows are not
 * checked. With several, their amounts for the same job add up.
 */
public interface EscrowObligations {

    /**
     * The expected escrow balance of every job that should hold money now, by job id. Runs inside the health
     * check's read-only, repeatable-read transaction, so it sees the same snapshot as the balances. A job
     * that is absent is expected to hold nothing.
     */
    Map<UUID, Money> expectedEscrowByJob();
}
