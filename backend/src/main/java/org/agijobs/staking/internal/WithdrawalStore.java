package org.agijobs.staking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeWithdrawal;
import org.agijobs.staking.WithdrawalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stake_withdrawal} rows: requests waiting out their unbonding period, and their history. */
@Repository
class WithdrawalStore {

    private static final String COLUMNS = "id, participant_id, role, requested_amount, amount, requested_at,"
            + " available_at, state, finalized_at";

    private final JdbcClient jdbc;

    WithdrawalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StakeWithdrawal withdrawal) {
        jdbc.sql("""
                        insert into stake_withdrawal
                            (id, participant_id, role, requested_amount, amount, requested_at, available_at, state)
                        values (:id, :participant, :role, :amount, :amount, :requestedAt, :availableAt, 'REQUESTED')
                        """)
                .param("id", withdrawal.id())
                .param("participant", withdrawal.participantId())
                .param("role", withdrawal.role().name())
                .param("amount", withdrawal.amount().value())
                .param("requestedAt", Rows.timestamp(withdrawal.requestedAt()))
                .param("availableAt", Rows.timestamp(withdrawal.availableAt()))
                .update();
    }

    Optional<StakeWithdrawal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from stake_withdrawal where id = :id")
                .param("id", id)
                .query(WithdrawalStore::map)
                .optional();
    }

    /** Row-locked, so that finalizing and a slash of the pending amount serialize. */
    Optional<StakeWithdrawal> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from stake_withdrawal where id = :id for update")
                .param("id", id)
                .query(WithdrawalStore::map)
                .optional();
    }

    /** The role's pending withdrawals, newest first (the order slashes shrink them in), row-locked. */
    List<StakeWithdrawal> pendingForUpdate(UUID participant, StakeRole role) {
        return jdbc.sql("select " + COLUMNS + " from stake_withdrawal where participant_id = :participant"
                        + " and role = :role and state = 'REQUESTED' order by requested_at desc, id desc for update")
                .param("participant", participant)
                .param("role", role.name())
                .query(WithdrawalStore::map)
                .list();
    }

    /** Every pending withdrawal of the participant, soonest available first. */
    List<StakeWithdrawal> pending(UUID participant) {
        return jdbc.sql("select " + COLUMNS + " from stake_withdrawal where participant_id = :participant"
                        + " and state = 'REQUESTED' order by available_at, id")
                .param("participant", participant)
                .query(WithdrawalStore::map)
                .list();
    }

    void shrinkTo(UUID id, Money amount) {
        jdbc.sql("update stake_withdrawal set amount = :amount where id = :id")
                .param("amount", amount.value())
                .param("id", id)
                .update();
    }

    void markFinalized(UUID id, Instant at) {
        jdbc.sql("update stake_withdrawal set state = 'FINALIZED', finalized_at = :at where id = :id")
                .param("at", Rows.timestamp(at))
                .param("id", id)
                .update();
    }

    private static StakeWithdrawal map(ResultSet rs, int row) throws SQLException {
        return new StakeWithdrawal(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                StakeRole.valueOf(rs.getString("role")), Rows.money(rs, "requested_amount"), Rows.money(rs, "amount"),
                Rows.instant(rs, "requested_at"), Rows.instant(rs, "available_at"),
                WithdrawalState.valueOf(rs.getString("state")), Rows.instant(rs, "finalized_at"));
    }
}
