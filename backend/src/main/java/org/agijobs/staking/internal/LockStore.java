package org.agijobs.staking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.staking.StakeLock;
import org.agijobs.staking.StakeRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stake_lock} rows: which reference holds how much of whose stake. */
@Repository
class LockStore {

    private static final String COLUMNS =
            "id, participant_id, role, reference, locked_amount, amount, created_at, released_at";

    private final JdbcClient jdbc;

    LockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the reference for a new lock. Returns false when the participant's role already has a lock with
     * that reference; a concurrent claim waits for the first one's transaction and then returns false too.
     */
    boolean insert(StakeLock lock) {
        return jdbc.sql("""
                        insert into stake_lock (id, participant_id, role, reference, locked_amount, amount, created_at)
                        values (:id, :participant, :role, :reference, :amount, :amount, :createdAt)
                        on conflict (participant_id, role, reference) do nothing
                        """)
                .param("id", lock.id())
                .param("participant", lock.participantId())
                .param("role", lock.role().name())
                .param("reference", lock.reference())
                .param("amount", lock.amount().value())
                .param("createdAt", Rows.timestamp(lock.createdAt()))
                .update() == 1;
    }

    Optional<StakeLock> find(UUID participant, StakeRole role, String reference) {
        return jdbc.sql("select " + COLUMNS + " from stake_lock"
                        + " where participant_id = :participant and role = :role and reference = :reference")
                .param("participant", participant)
                .param("role", role.name())
                .param("reference", reference)
                .query(LockStore::map)
                .optional();
    }

    /** The reference's lock if it still holds stake, row-locked so slashes and the release serialize. */
    Optional<StakeLock> findActiveForUpdate(UUID participant, StakeRole role, String reference) {
        return jdbc.sql("select " + COLUMNS + " from stake_lock where participant_id = :participant"
                        + " and role = :role and reference = :reference and released_at is null for update")
                .param("participant", participant)
                .param("role", role.name())
                .param("reference", reference)
                .query(LockStore::map)
                .optional();
    }

    /**
     * Ends the lock and returns what it still held; empty when it was already released (or never existed),
     * so that two racing releases move the money once.
     */
    Optional<Money> release(UUID participant, StakeRole role, String reference, Instant at) {
        return jdbc.sql("""
                        update stake_lock set released_at = :at
                        where participant_id = :participant and role = :role and reference = :reference
                          and released_at is null
                        returning amount
                        """)
                .param("at", Rows.timestamp(at))
                .param("participant", participant)
                .param("role", role.name())
                .param("reference", reference)
                .query((rs, row) -> Rows.money(rs, "amount"))
                .optional();
    }

    void reduceTo(UUID id, Money amount) {
        jdbc.sql("update stake_lock set amount = :amount where id = :id")
                .param("amount", amount.value())
                .param("id", id)
                .update();
    }

    List<StakeLock> active(UUID participant) {
        return jdbc.sql("select " + COLUMNS + " from stake_lock where participant_id = :participant"
                        + " and released_at is null order by created_at, id")
                .param("participant", participant)
                .query(LockStore::map)
                .list();
    }

    private static StakeLock map(ResultSet rs, int row) throws SQLException {
        return new StakeLock(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                StakeRole.valueOf(rs.getString("role")), rs.getString("reference"), Rows.money(rs, "locked_amount"),
                Rows.money(rs, "amount"), Rows.instant(rs, "created_at"), Rows.instant(rs, "released_at"));
    }
}
