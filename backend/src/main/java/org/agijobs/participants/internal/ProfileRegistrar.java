package org.agijobs.participants.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.agijobs.platform.security.Caller;
import org.agijobs.participants.ParticipantRegistered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the profile of a caller seen for the first time, with the roles of its token (see {@link SeenRoles}).
 * The insert ignores conflicts so that two
 * first requests of the same user racing each other both end with the one profile, and a handle that
 * another participant already uses gets a numeric suffix instead of failing the caller's request.
 */
@Component
public class ProfileRegistrar {

    static final int MAX_HANDLE_LENGTH = 64;
    private static final int MAX_HANDLE_ATTEMPTS = 50;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProfileRegistrar(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public void registerIfAbsent(Caller caller) {
        String base = handleFrom(caller.preferredUsername());
        for (int attempt = 0; attempt < MAX_HANDLE_ATTEMPTS; attempt++) {
            String handle = attempt == 0 ? base : withSuffix(base, attempt + 1);
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                    insert into participant (id, subject, handle, display_name, created_at, seen_roles)
                    values (:id, :subject, :handle, :displayName, :createdAt, cast(:roles as text[]))
                    on conflict do nothing
                    """)
                    .param("id", id)
                    .param("subject", caller.subject())
                    .param("handle", handle)
                    .param("displayName", displayNameOf(caller, handle))
                    .param("createdAt", Timestamp.from(clock.instant()))
                    .param("roles", SeenRoles.names(caller.roles()))
                    .update();
            if (inserted == 1) {
                events.publishEvent(new ParticipantRegistered(id, handle));
                return;
            }
            if (exists(caller.subject())) {
                return;
            }
        }
        throw new IllegalStateException("No free handle derived from '" + base + "'");
    }

    private boolean exists(String subject) {
        return jdbc.sql("select count(*) from participant where subject = :subject")
                .param("subject", subject)
                .query(Long.class)
                .single() > 0;
    }

    /** A handle is lower-case letters, digits, dot, dash and underscore, like {@code ada.agent}. */
    static String handleFrom(String preferredUsername) {
        String cleaned = preferredUsername == null ? ""
                : preferredUsername.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (cleaned.isEmpty()) {
            cleaned = "participant";
        }
        return cleaned.length() > MAX_HANDLE_LENGTH ? cleaned.substring(0, MAX_HANDLE_LENGTH) : cleaned;
    }

    static String withSuffix(String base, int number) {
        String suffix = "-" + number;
        int keep = Math.min(base.length(), MAX_HANDLE_LENGTH - suffix.length());
        return base.substring(0, keep) + suffix;
    }

    private static String displayNameOf(Caller caller, String handle) {
        String name = caller.displayName();
        if (name == null || name.isBlank()) {
            return handle;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
