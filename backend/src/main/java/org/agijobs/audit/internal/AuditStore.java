package org.agijobs.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.audit.AuditEvent;
import org.agijobs.audit.AuditFilter;
import org.agijobs.audit.AuditSubjectType;
import org.agijobs.platform.feed.FeedEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code audit_event} table: appends, the sealer's reads and writes, and filtered pages in id order. */
@Component
public class AuditStore {

    /** The keyset property of audit pages, as cursors carry it. */
    public static final String ID = "id";

    private static final String COLUMNS = """
            id, type, actor, occurred_at, subject_type, subject_id, payload::text as payload, seq, prev_hash, hash
            """;

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String type, String actor, Instant at, AuditSubjects.Subject subject, String payload) {
        jdbc.sql("""
                insert into audit_event (type, actor, occurred_at, subject_type, subject_id, payload)
                values (:type, :actor, :at, :subjectType, :subjectId, cast(:payload as jsonb))
                """)
                .param("type", type)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("subjectType", subject.type() == null ? null : subject.type().name())
                .param("subjectId", subject.id())
                .param("payload", payload)
                .update();
    }

    /** The newest link of the chain: its seq and hash. */
    public Optional<Map.Entry<Long, String>> head() {
        return jdbc.sql("select seq, hash from audit_event where seq is not null order by seq desc limit 1")
                .query((rs, row) -> Map.entry(rs.getLong("seq"), rs.getString("hash"))).optional();
    }

    /** Committed events not yet in the chain, oldest id first. */
    List<AuditEvent> unsealed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event where seq is null order by id limit :limit")
                .param("limit", limit).query(AuditStore::event).list();
    }

    void seal(long id, long seq, String prevHash, String hash, Timestamp sealedAt) {
        jdbc.sql("""
                update audit_event set seq = :seq, prev_hash = :prev, hash = :hash, sealed_at = :sealedAt
                 where id = :id and seq is null
                """)
                .param("seq", seq).param("prev", prevHash).param("hash", hash).param("sealedAt", sealedAt)
                .param("id", id).update();
    }

    /** The newest link of the chain with the time it was sealed, which a checkpoint cites. */
    Optional<SealedHead> sealedHead() {
        return jdbc.sql("""
                select seq, hash, sealed_at from audit_event where seq is not null order by seq desc limit 1
                """)
                .query((rs, row) -> new SealedHead(rs.getLong("seq"), rs.getString("hash"),
                        instantOrNull(rs.getTimestamp("sealed_at"))))
                .optional();
    }

    /** A head of the chain: its seq and hash, and when it was sealed (null for events sealed before that was kept). */
    record SealedHead(long seq, String hash, @Nullable Instant sealedAt) {
    }

    Optional<String> hashAt(long seq) {
        return jdbc.sql("select hash from audit_event where seq = :seq").param("seq", seq).query(String.class)
                .optional();
    }

    /** Sealed events from {@code fromSeq} (inclusive) up to {@code toSeq} (inclusive, or the head), by seq. */
    List<AuditEvent> sealedFrom(long fromSeq, @Nullable Long toSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from audit_event
                where seq >= :from and (cast(:to as bigint) is null or seq <= :to)
                order by seq limit :limit
                """)
                .param("from", fromSeq).param("to", toSeq).param("limit", limit)
                .query(AuditStore::event).list();
    }

    /**
     * Sealed events after seq {@code afterSeq} up to {@code toSeq} (inclusive, or the head) that match
     * {@code filter}, by seq: one page of an export, which the caller continues from the last seq it got.
     */
    public List<AuditEvent> sealedPage(AuditFilter filter, long afterSeq, @Nullable Long toSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from audit_event
                where seq > :after and (cast(:to as bigint) is null or seq <= :to)
                  and (cast(:type as varchar) is null or type = :type)
                  and (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:subjectType as varchar) is null or subject_type = :subjectType)
                  and (cast(:subjectId as uuid) is null or subject_id = :subjectId)
                order by seq
                limit :limit
                """)
                .param("after", afterSeq)
                .param("to", toSeq)
                .param("type", filter.type())
                .param("actor", filter.actor())
                .param("subjectType", filter.subjectType() == null ? null : filter.subjectType().name())
                .param("subjectId", filter.subjectId())
                .param("limit", limit)
                .query(AuditStore::event).list();
    }

    /** Sealed events after {@code seq} of one of {@code types} (any type when null), by seq. */
    public List<FeedEvent> sealedAfter(long seq, @Nullable Collection<String> types, int limit) {
        return jdbc.sql("""
                select seq, type, actor, occurred_at, subject_type, subject_id, payload::text as payload
                  from audit_event
                 where seq > :seq and (:anyType or type in (:types))
                 order by seq limit :limit
                """)
                .param("seq", seq).param("anyType", types == null)
                .param("types", types == null || types.isEmpty() ? List.of("") : types).param("limit", limit)
                .query((rs, row) -> new FeedEvent(rs.getLong("seq"), rs.getString("type"), rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class), rs.getString("payload")))
                .list();
    }

    /** The seq of the newest sealed event, 0 before the first. */
    public long headSeq() {
        return head().map(Map.Entry::getKey).orElse(0L);
    }

    public Window<AuditEvent> page(AuditFilter filter, ScrollPosition position, int limit) {
        Object after = position instanceof KeysetScrollPosition keyset && !keyset.isInitial()
                ? keyset.getKeys().get(ID) : null;
        List<AuditEvent> rows = jdbc.sql("select " + COLUMNS + """
                 from audit_event
                where (cast(:after as bigint) is null or id > :after)
                  and (cast(:type as varchar) is null or type = :type)
                  and (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:subjectType as varchar) is null or subject_type = :subjectType)
                  and (cast(:subjectId as uuid) is null or subject_id = :subjectId)
                  and (cast(:from as timestamptz) is null or occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or occurred_at < :to)
                order by id
                limit :limit
                """)
                .param("after", after)
                .param("type", filter.type())
                .param("actor", filter.actor())
                .param("subjectType", filter.subjectType() == null ? null : filter.subjectType().name())
                .param("subjectId", filter.subjectId())
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("to", filter.to() == null ? null : Timestamp.from(filter.to()))
                .param("limit", limit + 1)
                .query(AuditStore::event).list();
        List<AuditEvent> page = rows.subList(0, Math.min(limit, rows.size()));
        return Window.from(page, index -> ScrollPosition.forward(Map.of(ID, page.get(index).id())),
                rows.size() > limit);
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        String subjectType = rs.getString("subject_type");
        long seqValue = rs.getLong("seq");
        Long seq = rs.wasNull() ? null : seqValue;
        return new AuditEvent(rs.getLong("id"), rs.getString("type"), rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant(),
                subjectType == null ? null : AuditSubjectType.valueOf(subjectType),
                rs.getObject("subject_id", UUID.class), rs.getString("payload"), seq,
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
