package org.agijobs.parameters.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.agijobs.parameters.PauseLevel;
import org.agijobs.parameters.PauseState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code market_pause} row (Flyway V17) and its {@code market_pause_change} history. */
@Component
public class StoredPause {

    private static final String COLUMNS = "level, reason, actor_subject, actor_name, since, full_since";

    private final JdbcClient jdbc;

    StoredPause(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state in force, read in the caller's transaction if there is one. */
    public PauseState current() {
        return jdbc.sql("select " + COLUMNS + " from market_pause where id = 1").query(StoredPause::state).single();
    }

    /** The state in force, with the row locked until the caller's transaction ends: changes go one at a time. */
    public PauseState lock() {
        return jdbc.sql("select " + COLUMNS + " from market_pause where id = 1 for update").query(StoredPause::state)
                .single();
    }

    public void write(PauseState state) {
        jdbc.sql("""
                update market_pause set level = :level, reason = :reason, actor_subject = :subject, actor_name = :name,
                    since = :since, full_since = :fullSince
                where id = 1
                """)
                .param("level", state.level().name()).param("reason", state.reason())
                .param("subject", state.bySubject()).param("name", state.byName())
                .param("since", Timestamp.from(state.since())).param("fullSince", timestamp(state.fullSince()))
                .update();
    }

    public void record(PauseLevel level, PauseLevel previous, String reason, String subject, String name,
            @Nullable String proposal, Instant at) {
        jdbc.sql("""
                insert into market_pause_change (level, previous_level, reason, actor_subject, actor_name, proposal, at)
                values (:level, :previous, :reason, :subject, :name, :proposal, :at)
                """)
                .param("level", level.name()).param("previous", previous.name()).param("reason", reason)
                .param("subject", subject).param("name", name).param("proposal", proposal)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static PauseState state(ResultSet row, int number) throws SQLException {
        Timestamp fullSince = row.getTimestamp("full_since");
        return new PauseState(PauseLevel.valueOf(row.getString("level")), row.getString("reason"),
                row.getString("actor_subject"), row.getString("actor_name"), row.getTimestamp("since").toInstant(),
                fullSince == null ? null : fullSince.toInstant());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
