package org.agijobs.reputation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.reputation.ReputationChange;
import org.agijobs.reputation.ReputationReason;
import org.agijobs.reputation.ReputationRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reputation_score} rows and their append-only {@code reputation_change} history. */
@Repository
public class ScoreStore {

    private final JdbcClient jdbc;

    ScoreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current score, row-locked until the transaction ends; a participant without one gets a 0 row first. A
     * concurrent first insert waits for the other transaction and then finds its row.
     */
    long lock(UUID participant, ReputationRole role, Instant at) {
        jdbc.sql("""
                        insert into reputation_score (participant_id, role, score, updated_at)
                        values (:participant, :role, 0, :at)
                        on conflict (participant_id, role) do nothing
                        """)
                .param("participant", participant)
                .param("role", role.name())
                .param("at", Timestamp.from(at))
                .update();
        return jdbc.sql("select score from reputation_score where participant_id = :participant and role = :role"
                        + " for update")
                .param("participant", participant)
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    /** Appends the change; false when the job already changed this participant's score in this role. */
    boolean append(ReputationChange change) {
        return jdbc.sql("""
                        insert into reputation_change (participant_id, role, job_id, delta, score_after, reason, at)
                        values (:participant, :role, :job, :delta, :scoreAfter, :reason, :at)
                        on conflict (participant_id, role, job_id) do nothing
                        """)
                .param("participant", change.participantId())
                .param("role", change.role().name())
                .param("job", change.jobId())
                .param("delta", change.delta())
                .param("scoreAfter", change.scoreAfter())
                .param("reason", change.reason().name())
                .param("at", Timestamp.from(change.at()))
                .update() == 1;
    }

    void update(UUID participant, ReputationRole role, long score, Instant at) {
        jdbc.sql("update reputation_score set score = :score, updated_at = :at"
                        + " where participant_id = :participant and role = :role")
                .param("score", score)
                .param("at", Timestamp.from(at))
                .param("participant", participant)
                .param("role", role.name())
                .update();
    }

    /** The scores of {@code role} in one query; participants without a row are absent. */
    Map<UUID, Long> scores(Collection<UUID> participants, ReputationRole role) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> scores = new HashMap<>();
        jdbc.sql("select participant_id, score from reputation_score where role = :role"
                        + " and participant_id in (:participants)")
                .param("role", role.name())
                .param("participants", participants)
                .query(rs -> {
                    scores.put(rs.getObject("participant_id", UUID.class), rs.getLong("score"));
                });
        return scores;
    }

    /** Both scores of each participant in one query; participants without any are absent. */
    public Map<UUID, Map<ReputationRole, Long>> scores(Collection<UUID> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<ReputationRole, Long>> scores = new HashMap<>();
        jdbc.sql("select participant_id, role, score from reputation_score where participant_id in (:participants)")
                .param("participants", participants)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getObject("participant_id", UUID.class), id -> new HashMap<>())
                            .put(ReputationRole.valueOf(rs.getString("role")), rs.getLong("score"));
                });
        return scores;
    }

    /** The participant's changes in every role, newest first. */
    public List<ReputationChange> history(UUID participant, int limit) {
        return jdbc.sql("""
                        select participant_id, role, job_id, delta, score_after, reason, at from reputation_change
                        where participant_id = :participant order by at desc, id desc limit :limit
                        """)
                .param("participant", participant)
                .param("limit", limit)
                .query(ScoreStore::change)
                .list();
    }

    private static ReputationChange change(ResultSet rs, int row) throws SQLException {
        return new ReputationChange(rs.getObject("participant_id", UUID.class),
                ReputationRole.valueOf(rs.getString("role")), rs.getObject("job_id", UUID.class), rs.getLong("delta"),
                rs.getLong("score_after"), ReputationReason.valueOf(rs.getString("reason")),
                rs.getTimestamp("at").toInstant());
    }
}
