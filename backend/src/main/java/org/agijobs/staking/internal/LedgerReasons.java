package org.agijobs.staking.internal;

/** The {@code reason} of each ledger transfer that staking makes, for audit and reports. */
final class LedgerReasons {

    static final String DEPOSIT = "STAKE_DEPOSIT";
    static final String LOCK = "STAKE_LOCK";
    static final String RELEASE = "STAKE_RELEASE";
    static final String WITHDRAWAL_REQUEST = "STAKE_WITHDRAWAL_REQUEST";
    static final String WITHDRAWAL = "STAKE_WITHDRAWAL";
    static final String SLASH = "STAKE_SLASH";

    private LedgerReasons() {
    }
}
