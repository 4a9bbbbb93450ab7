package org.agijobs.platform.mutation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code idempotency_record} table: one row per caller and key, written in the effect's transaction. */
@Component
class IdempotencyRecords {

    record Stored(String requestHash, @Nullable String response) {
    }

    private static final int MAX_CLAIM_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the key for this transaction, or returns the record that a committed transaction left. The insert
     * waits for a concurrent transaction holding the same key, so exactly one of them runs the effect.
     */
    Optional<Stored> claim(String subject, String key, String requestHash) {
        for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            int inserted = jdbc.sql("""
                    insert into idempotency_record (caller_subject, idempotency_key, request_hash, created_at)
                    values (:subject, :key, :hash, :now)
                    on conflict do nothing
                    """)
                    .param("subject", subject)
                    .param("key", key)
                    .param("hash", requestHash)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<Stored> existing = jdbc.sql("""
                    select request_hash, response::text as response from idempotency_record
                    where caller_subject = :subject and idempotency_key = :key
                    """)
                    .param("subject", subject)
                    .param("key", key)
                    .query((rs, row) -> new Stored(rs.getString("request_hash"), rs.getString("response")))
                    .optional();
            // Empty only when the cleanup removed the row between the two statements: claim it again.
            if (existing.isPresent()) {
                return existing;
            }
        }
        throw new IllegalStateException("Idempotency key kept disappearing while being claimed: " + key);
    }

    void complete(String subject, String key, String responseJson) {
        jdbc.sql("""
                update idempotency_record set response = cast(:response as jsonb)
                where caller_subject = :subject and idempotency_key = :key
                """)
                .param("response", responseJson)
                .param("subject", subject)
                .param("key", key)
                .update();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from idempotency_record where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
