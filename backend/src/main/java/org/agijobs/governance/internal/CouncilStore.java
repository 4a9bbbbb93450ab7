package org.agijobs.governance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.governance.CouncilMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code council_member} table: changed only by executed proposals, after the one-time seeding. */
@Component
public class CouncilStore {

    private final JdbcClient jdbc;

    CouncilStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CouncilMember> members() {
        return jdbc.sql("select subject, username, added_at, added_by_proposal from council_member order by added_at, subject")
                .query((rs, row) -> new CouncilMember(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, UUID.class))).list();
    }

    public boolean isMember(String subject) {
        return jdbc.sql("select count(*) from council_member where subject = :subject").param("subject", subject)
                .query(Integer.class).single() > 0;
    }

    /** Locks the council's rows, so that a council change and the threshold checks see one council. */
    int lockedSize() {
        return jdbc.sql("select subject from council_member for update").query(String.class).list().size();
    }

    void add(String subject, String username, Instant at, @Nullable UUID proposal) {
        jdbc.sql("""
                insert into council_member (subject, username, added_at, added_by_proposal)
                values (:subject, :username, :at, :proposal) on conflict (subject) do nothing
                """).param("subject", subject).param("username", username).param("at", Timestamp.from(at))
                .param("proposal", proposal).update();
    }

    boolean remove(String subject) {
        return jdbc.sql("delete from council_member where subject = :subject").param("subject", subject).update() == 1;
    }
}
