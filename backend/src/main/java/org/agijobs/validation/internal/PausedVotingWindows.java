package org.agijobs.validation.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.parameters.PausedWindows;
import org.agijobs.platform.scheduling.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A FULL pause's resume extends the commit and reveal windows of every open vote that were still open when FULL
 * began, and moves the {@code validation-deadline} to the next end: a member who could still commit or reveal
 * when the market stopped can do so for as long again after it resumes, and the tally waits with them.
 */
@Component
class PausedVotingWindows implements PausedWindows {

    private record Extended(UUID jobId, Instant commitEndsAt, Instant revealEndsAt) {
    }

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    PausedVotingWindows(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @Override
    public void extend(Instant fullSince, Duration paused) {
        Instant resumedAt = fullSince.plus(paused);
        jdbc.sql("""
                update committee set
                    commit_ends_at = case when commit_ends_at > :since
                                          then commit_ends_at + :micros * interval '1 microsecond'
                                          else commit_ends_at end,
                    reveal_ends_at = reveal_ends_at + :micros * interval '1 microsecond'
                where phase in ('COMMIT', 'REVEAL') and reveal_ends_at > :since
                returning job_id, commit_ends_at, reveal_ends_at
                """)
                .param("since", Timestamp.from(fullSince)).param("micros", paused.toNanos() / 1_000)
                .query((row, n) -> new Extended(row.getObject("job_id", UUID.class),
                        row.getTimestamp("commit_ends_at").toInstant(), row.getTimestamp("reveal_ends_at").toInstant()))
                .list()
                .forEach(vote -> deadlines.reschedule(ValidationDeadlineRunner.KIND, vote.jobId(),
                        vote.commitEndsAt().isAfter(resumedAt) ? vote.commitEndsAt() : vote.revealEndsAt()));
    }
}
