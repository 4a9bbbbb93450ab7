package org.agijobs.jobs.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.jobs.ChallengeWindowOpener;
import org.agijobs.parameters.PausedWindows;
import org.agijobs.platform.scheduling.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A FULL pause's resume extends the jobs' windows that were still open when FULL began: an assigned job's delivery
 * deadline and its expiry (with the {@code job-expiry} execution), and a completed job's challenge window (whose
 * settlement deadline the {@link ChallengeWindowOpener} moves in the same transaction). Set-based SQL, bumping
 * each row's version, so an entity loaded before the resume cannot write an old deadline back.
 */
@Component
class PausedJobWindows implements PausedWindows {

    private record Extended(UUID id, Instant endsAt) {
    }

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final ChallengeWindowOpener challengeWindows;

    PausedJobWindows(JdbcClient jdbc, Deadlines deadlines, ChallengeWindowOpener challengeWindows) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.challengeWindows = challengeWindows;
    }

    @Override
    public void extend(Instant fullSince, Duration paused) {
        jdbc.sql("""
                update job set
                    deadline = case when deadline > :since then deadline + :micros * interval '1 microsecond'
                                    else deadline end,
                    expires_at = expires_at + :micros * interval '1 microsecond',
                    version = version + 1
                where state = 'ASSIGNED' and expires_at > :since
                returning id, expires_at
                """)
                .param("since", Timestamp.from(fullSince)).param("micros", micros(paused))
                .query((row, n) -> new Extended(row.getObject("id", UUID.class), row.getTimestamp("expires_at").toInstant()))
                .list()
                .forEach(job -> deadlines.reschedule(JobExpirer.KIND, job.id(), job.endsAt()));
        jdbc.sql("""
                update job set challenge_ends_at = challenge_ends_at + :micros * interval '1 microsecond',
                    version = version + 1
                where state = 'COMPLETED' and challenge_ends_at > :since
                returning id, challenge_ends_at
                """)
                .param("since", Timestamp.from(fullSince)).param("micros", micros(paused))
                .query((row, n) -> new Extended(row.getObject("id", UUID.class),
                        row.getTimestamp("challenge_ends_at").toInstant()))
                .list()
                .forEach(job -> challengeWindows.extend(job.id(), job.endsAt()));
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }
}
