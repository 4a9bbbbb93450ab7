package org.agijobs.disputes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.disputes.Dispute;
import org.agijobs.disputes.DisputeKind;
import org.agijobs.disputes.Evidence;
import org.agijobs.disputes.EvidenceRole;
import org.agijobs.disputes.Ruling;
import org.agijobs.platform.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dispute tables through plain SQL. */
@Component
public class DisputeStore {

    private final JdbcClient jdbc;

    DisputeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the job's dispute; false when it already has one (a replayed escalation). */
    public boolean open(UUID jobId, DisputeKind kind, UUID raisedBy, String reason, Money fee, Instant at) {
        return jdbc.sql("""
                insert into dispute (job_id, kind, raised_by, reason, fee, opened_at)
                values (:job, :kind, :raisedBy, :reason, :fee, :at) on conflict (job_id) do nothing
                """).param("job", jobId).param("kind", kind.name()).param("raisedBy", raisedBy)
                .param("reason", reason).param("fee", fee.value()).param("at", Timestamp.from(at)).update() == 1;
    }

    public void addEvidence(Evidence evidence) {
        jdbc.sql("""
                insert into dispute_evidence
                    (id, job_id, author_id, author_role, evidence_hash, evidence_uri, note, added_at)
                values (:id, :job, :author, :role, :hash, :uri, :note, :at)
                """).param("id", evidence.id()).param("job", evidence.jobId()).param("author", evidence.authorId())
                .param("role", evidence.role().name()).param("hash", evidence.hash()).param("uri", evidence.uri())
                .param("note", evidence.note()).param("at", Timestamp.from(evidence.addedAt())).update();
    }

    public void resolve(UUID jobId, Ruling ruling, UUID resolvedBy, String resolvedAs, String reason, Instant at) {
        jdbc.sql("""
                update dispute set ruling = :ruling, resolved_by = :by, resolved_as = :as, resolution_reason = :reason,
                       resolved_at = :at
                where job_id = :job and resolved_at is null
                """).param("ruling", ruling.name()).param("by", resolvedBy).param("as", resolvedAs)
                .param("reason", reason).param("at", Timestamp.from(at)).param("job", jobId).update();
    }

    public Optional<Dispute> find(UUID jobId) {
        return findAll(List.of(jobId)).values().stream().findFirst();
    }

    public Map<UUID, Dispute> findAll(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = jobIds.toArray(UUID[]::new);
        Map<UUID, List<Evidence>> evidence = jdbc.sql("""
                select * from dispute_evidence where job_id = any(:ids) order by added_at, id
                """).param("ids", ids).query(DisputeStore::evidence).list().stream()
                .collect(Collectors.groupingBy(Evidence::jobId));
        return jdbc.sql("select * from dispute where job_id = any(:ids)").param("ids", ids)
                .query((rs, row) -> dispute(rs, evidence)).list().stream()
                .collect(Collectors.toMap(Dispute::jobId, Function.identity()));
    }

    /** Open disputes, oldest first: the moderators' queue. */
    /** Closes the open dispute of a job a proposal cancelled: no ruling, out of the moderators' queue. */
    public void cancel(UUID jobId, Instant at) {
        jdbc.sql("update dispute set cancelled_at = :at where job_id = :job and resolved_at is null and cancelled_at is null")
                .param("at", Timestamp.from(at)).param("job", jobId).update();
    }

    public List<UUID> openJobIds(int limit) {
        return jdbc.sql("select job_id from dispute where resolved_at is null and cancelled_at is null"
                + " order by opened_at, job_id limit :limit")
                .param("limit", limit).query(UUID.class).list();
    }

    private static Dispute dispute(ResultSet rs, Map<UUID, List<Evidence>> evidence) throws SQLException {
        UUID job = rs.getObject("job_id", UUID.class);
        String ruling = rs.getString("ruling");
        return new Dispute(job, DisputeKind.valueOf(rs.getString("kind")), rs.getObject("raised_by", UUID.class),
                rs.getString("reason"), new Money(rs.getBigDecimal("fee")), instant(rs, "opened_at"),
                instant(rs, "resolved_at"), ruling == null ? null : Ruling.valueOf(ruling),
                rs.getObject("resolved_by", UUID.class), rs.getString("resolved_as"), rs.getString("resolution_reason"),
                evidence.getOrDefault(job, List.of()), instant(rs, "cancelled_at"));
    }

    private static Evidence evidence(ResultSet rs, int row) throws SQLException {
        return new Evidence(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                rs.getObject("author_id", UUID.class), EvidenceRole.valueOf(rs.getString("author_role")),
                rs.getString("evidence_hash"), rs.getString("evidence_uri"), rs.getString("note"),
                instant(rs, "added_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
