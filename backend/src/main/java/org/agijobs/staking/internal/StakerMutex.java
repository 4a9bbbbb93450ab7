package org.agijobs.staking.internal;

import java.util.UUID;

import org.agijobs.staking.StakeRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serializes a participant's deposits and withdrawal requests until commit. The ledger alone keeps every
 * balance non-negative, but the minimum and the per-address cap compare balances of several accounts, which
 * two concurrent requests could each pass. Locks, releases and slashes do not take it: they are bounded by the
 * ledger's own checks, and leaving them out means a settlement holding ledger rows can never wait on it.
 */
@Component
class StakerMutex {

    /** The first key of the two-key advisory lock space, so staking's keys collide with no other module's. */
    private static final int STAKING = 0x5354414b;
    /** The first key of the holds on a whole role's free stake (see {@link #holdRole}). */
    private static final int ROLE_HOLDS = 0x5354524c;

    private final JdbcClient jdbc;

    StakerMutex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside a transaction; the lock is held until it ends. */
    void lock(UUID participant) {
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :key)")
                .param("namespace", STAKING)
                .param("key", participant.hashCode())
                .query(rs -> {
                });
    }

    /**
     * Holds every participant's free {@code role} stake until the transaction ends: requests that would move free
     * stake out (withdrawal requests, {@link #shareRole}) wait, and other holders take turns.
     */
    void holdRole(StakeRole role) {
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :key)")
                .param("namespace", ROLE_HOLDS)
                .param("key", role.ordinal())
                .query(rs -> {
                });
    }

    /** Waits while someone {@link #holdRole holds} the role's free stake; many may share it at once. */
    void shareRole(StakeRole role) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:namespace, :key)")
                .param("namespace", ROLE_HOLDS)
                .param("key", role.ordinal())
                .query(rs -> {
                });
    }
}
