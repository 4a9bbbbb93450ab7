package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The ledger invariant (DOMAIN.md, Money) checked on one snapshot: all balances sum to zero, no account but
 * external is negative, every balance equals the sum of its transfers, and, when a module declares
 * {@link EscrowObligations}, every job escrow equals what its obligations need. Lists hold at most
 * {@link #MAX_LISTED} entries; the counts are complete.
 */
public record LedgerHealth(
        Money total,
        List<AccountBalance> negativeAccounts,
        long negativeAccountCount,
        long unreconciledAccountCount,
        boolean escrowChecked,
        List<EscrowMismatch> escrowMismatches,
        long escrowMismatchCount,
        Instant checkedAt) {

    public static final int MAX_LISTED = 100;

    public LedgerHealth {
        negativeAccounts = List.copyOf(negativeAccounts);
        escrowMismatches = List.copyOf(escrowMismatches);
    }

    public boolean balanced() {
        return total.isZero();
    }

    public boolean healthy() {
        return balanced() && negativeAccountCount == 0 && unreconciledAccountCount == 0 && escrowMismatchCount == 0;
    }
}
