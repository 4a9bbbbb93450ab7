package org.agijobs.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agijobs.audit.AuditCheckpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code audit_checkpoint} table (V36): one row per signed head, append-only, read newest first. */
@Component
public class CheckpointStore {

    /**
     * The keyset property of checkpoint pages, as cursors carry it: not {@code seq}, so that a subscription's
     * cursor (which is keyed by seq) is refused here rather than mistaken for one of this list's.
     */
    public static final String KEY = "checkpoint";

    private final JdbcClient jdbc;

    CheckpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a signed head; a second checkpoint of the same head (two issuers at once) is dropped. */
    boolean insert(AuditCheckpoint checkpoint) {
        return jdbc.sql("""
                insert into audit_checkpoint (seq, hash, sealed_at, issued_at, jws)
                values (:seq, :hash, :sealedAt, :issuedAt, :jws)
                on conflict (seq) do nothing
                """)
                .param("seq", checkpoint.seq())
                .param("hash", checkpoint.hash())
                .param("sealedAt", checkpoint.sealedAt() == null ? null : Timestamp.from(checkpoint.sealedAt()))
                .param("issuedAt", Timestamp.from(checkpoint.issuedAt()))
                .param("jws", checkpoint.jws())
                .update() == 1;
    }

    public Optional<AuditCheckpoint> latest() {
        return jdbc.sql("""
                select seq, hash, sealed_at, issued_at, jws from audit_checkpoint order by seq desc limit 1
                """)
                .query(CheckpointStore::checkpoint).optional();
    }

    /** Newest first, below {@code beforeSeq} when given. */
    public Window<AuditCheckpoint> page(@Nullable Long beforeSeq, int limit) {
        List<AuditCheckpoint> rows = jdbc.sql("""
                select seq, hash, sealed_at, issued_at, jws from audit_checkpoint
                 where cast(:before as bigint) is null or seq < :before
                 order by seq desc
                 limit :limit
                """)
                .param("before", beforeSeq).param("limit", limit + 1)
                .query(CheckpointStore::checkpoint).list();
        List<AuditCheckpoint> page = rows.subList(0, Math.min(limit, rows.size()));
        return Window.from(page, index -> ScrollPosition.forward(Map.of(KEY, page.get(index).seq())),
                rows.size() > limit);
    }

    private static AuditCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
        Timestamp sealedAt = rs.getTimestamp("sealed_at");
        return new AuditCheckpoint(rs.getLong("seq"), rs.getString("hash"),
                sealedAt == null ? null : sealedAt.toInstant(), rs.getTimestamp("issued_at").toInstant(),
                rs.getString("jws"));
    }
}
