package org.agijobs.staking.internal;

import java.util.UUID;

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
}
