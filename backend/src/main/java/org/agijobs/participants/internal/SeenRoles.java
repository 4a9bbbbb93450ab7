package org.agijobs.participants.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The realm roles recorded for each participant ({@code participant.seen_roles}): those of the newest token seen,
 * for the work that runs without the participant's token (committee draws and tallies). Written with plain SQL
 * outside the profile's entity, so recording roles never conflicts with a profile change.
 */
@Component
public class SeenRoles {

    private final JdbcClient jdbc;

    SeenRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code roles} for the subject unless they are what is recorded already, or a newer token recorded
     * its own; one statement, in its own transaction. A participant not registered yet is left alone: its
     * profile is created with the roles of the request that creates it. A token without an issued-at can't be
     * ordered against others and is recorded whenever its roles differ.
     */
    void record(String subject, Set<Role> roles, @Nullable Instant issuedAt) {
        jdbc.sql("""
                update participant set seen_roles = cast(:roles as text[]), roles_issued_at = :issuedAt
                where subject = :subject and seen_roles is distinct from cast(:roles as text[])
                  and (roles_issued_at is null or cast(:issuedAt as timestamptz) is null
                       or roles_issued_at <= cast(:issuedAt as timestamptz))
                """).param("roles", names(roles))
                .param("issuedAt", issuedAt == null ? null : Timestamp.from(issuedAt))
                .param("subject", subject).update();
    }

    /** Of {@code ids}, those whose recorded roles include {@code role}. */
    public Set<UUID> holding(Role role, Collection<UUID> ids, boolean withBlacklisted) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select id from participant
                where id = any(:ids) and :role = any(seen_roles) and (:withBlacklisted or not blacklisted)
                """).param("ids", ids.toArray(UUID[]::new)).param("role", role.realmRoleName())
                .param("withBlacklisted", withBlacklisted).query(UUID.class).list());
    }

    /** The roles as stored: realm role names, sorted, so that one set has one spelling. */
    static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::realmRoleName).sorted().toArray(String[]::new);
    }
}
