package org.agijobs.ledger;

import java.util.Objects;
import java.util.UUID;

import org.agijobs.participants.Participant;

/**
 * Names one ledger account: its kind and, for participant and job accounts, the owner's id.
 * Accounts exist from their first use; an account never used has balance zero.
 */
public record AccountRef(AccountKind kind, UUID owner) {

    public static final AccountRef EXTERNAL = new AccountRef(AccountKind.EXTERNAL, null);
    public static final AccountRef TREASURY = new AccountRef(AccountKind.TREASURY, null);
    public static final AccountRef FEE_POOL = new AccountRef(AccountKind.FEE_POOL, null);
    public static final AccountRef BURN = new AccountRef(AccountKind.BURN, null);
    public static final AccountRef OPERATOR_POOL = new AccountRef(AccountKind.OPERATOR_POOL, null);

    public AccountRef {
        Objects.requireNonNull(kind, "kind");
        if ((kind.scope() == AccountKind.Scope.SYSTEM) != (owner == null)) {
            throw new IllegalArgumentException(kind + (owner == null ? " needs an owner" : " has no owner"));
        }
    }

    public static AccountRef wallet(UUID participant) {
        return new AccountRef(AccountKind.WALLET, participant);
    }

    /**
     * Where a party of record of a job (its employer) pays from and is paid into: its wallet, or the treasury
     * account for the treasury's record, the employer of spawned jobs.
     */
    public static AccountRef payee(UUID participant) {
        return Participant.TREASURY_ID.equals(participant) ? TREASURY : wallet(participant);
    }

    public static AccountRef escrow(UUID job) {
        return new AccountRef(AccountKind.ESCROW, job);
    }

    /** The stable text form stored in the database, e.g. {@code WALLET:6f1c...} or {@code TREASURY}. */
    public String code() {
        return owner == null ? kind.name() : kind.name() + ":" + owner;
    }
}
