package org.agijobs.reputation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Employers' settled jobs, one row per job, and the counters the employer score is read from. */
@Repository
public class EmployerRecords {

    /** An employer's counts. */
    public record Counts(long successful, long settled) {

        public static final Counts NONE = new Counts(0, 0);
    }

    private final JdbcClient jdbc;

    EmployerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts a settled job once: a replay finds the job's row and changes nothing. The counters are bumped by one
     * atomic upsert, which serializes concurrent settlements of the same employer on its row.
     */
    void recordSettled(UUID jobId, UUID employerId, boolean success, Instant at) {
        int inserted = jdbc.sql("""
                        insert into employer_settled_job (job_id, employer_id, success, settled_at)
                        values (:job, :employer, :success, :at)
                        on conflict (job_id) do nothing
                        """)
                .param("job", jobId)
                .param("employer", employerId)
                .param("success", success)
                .param("at", Timestamp.from(at))
                .update();
        if (inserted == 0) {
            return;
        }
        jdbc.sql("""
                        insert into employer_record (employer_id, successful_jobs, settled_jobs, updated_at)
                        values (:employer, :successful, 1, :at)
                        on conflict (employer_id) do update
                        set successful_jobs = employer_record.successful_jobs + excluded.successful_jobs,
                            settled_jobs = employer_record.settled_jobs + 1,
                            updated_at = excluded.updated_at
                        """)
                .param("employer", employerId)
                .param("successful", success ? 1 : 0)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The counts of each employer in one query; employers without a settled job are absent. */
    public Map<UUID, Counts> countsOf(Collection<UUID> employers) {
        if (employers.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Counts> counts = new HashMap<>();
        jdbc.sql("select employer_id, successful_jobs, settled_jobs from employer_record"
                        + " where employer_id in (:employers)")
                .param("employers", employers)
                .query(rs -> {
                    counts.put(rs.getObject("employer_id", UUID.class),
                            new Counts(rs.getLong("successful_jobs"), rs.getLong("settled_jobs")));
                });
        return counts;
    }
}
