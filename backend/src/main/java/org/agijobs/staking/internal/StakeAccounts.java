package org.agijobs.staking.internal;

import java.util.UUID;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.staking.StakeRole;

/** Where each role's stake lives in the ledger: free, locked and unbonding accounts per participant. */
public final class StakeAccounts {

    private StakeAccounts() {
    }

    public static AccountRef free(UUID participant, StakeRole role) {
        return new AccountRef(switch (role) {
            case AGENT -> AccountKind.STAKE_AGENT;
            case VALIDATOR -> AccountKind.STAKE_VALIDATOR;
            case PLATFORM -> AccountKind.STAKE_PLATFORM;
        }, participant);
    }

    public static AccountRef locked(UUID participant, StakeRole role) {
        return new AccountRef(switch (role) {
            case AGENT -> AccountKind.LOCKED_AGENT;
            case VALIDATOR -> AccountKind.LOCKED_VALIDATOR;
            case PLATFORM -> throw new IllegalArgumentException("Platform stake is never locked");
        }, participant);
    }

    public static AccountRef unbonding(UUID participant, StakeRole role) {
        return new AccountRef(switch (role) {
            case AGENT -> AccountKind.UNBONDING_AGENT;
            case VALIDATOR -> AccountKind.UNBONDING_VALIDATOR;
            case PLATFORM -> AccountKind.UNBONDING_PLATFORM;
        }, participant);
    }
}
