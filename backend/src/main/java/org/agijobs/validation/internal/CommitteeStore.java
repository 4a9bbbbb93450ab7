package org.agijobs.validation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.platform.money.Money;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteeDraw;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.CommitteePhase;
import org.agijobs.validation.TallyOutcome;
import org.agijobs.validation.ValidatorBan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The committee tables, through plain SQL: committees are written in few places and read as whole records. */
@Component
public class CommitteeStore {

    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID jobId, String seed, int sizeWanted, Instant drawnAt, Instant commitEndsAt, Instant revealEndsAt,
            CommitteePhase phase, List<CommitteeDraw.Candidate> candidates) {
        jdbc.sql("""
                insert into committee (job_id, seed, size_wanted, drawn_at, commit_ends_at, reveal_ends_at, phase)
                values (:job, :seed, :size, :drawn, :commitEnds, :revealEnds, :phase)
                """).param("job", jobId).param("seed", seed).param("size", sizeWanted)
                .param("drawn", Timestamp.from(drawnAt)).param("commitEnds", Timestamp.from(commitEndsAt))
                .param("revealEnds", Timestamp.from(revealEndsAt)).param("phase", phase.name()).update();
        for (CommitteeDraw.Candidate candidate : candidates) {
            jdbc.sql("insert into committee_candidate (job_id, validator_id, weight) values (:job, :validator, :weight)")
                    .param("job", jobId).param("validator", candidate.validatorId())
                    .param("weight", candidate.weight().value()).update();
        }
    }

    void insertMember(UUID jobId, UUID validatorId, int position, Money weight, Money locked) {
        jdbc.sql("""
                insert into committee_member (job_id, validator_id, draw_position, weight, locked_stake)
                values (:job, :validator, :position, :weight, :locked)
                """).param("job", jobId).param("validator", validatorId).param("position", position)
                .param("weight", weight.value()).param("locked", locked.value()).update();
    }

    /** Records the commit unless the member already committed; false when it had. */
    boolean commit(UUID jobId, UUID validatorId, String hash, Instant at) {
        return jdbc.sql("""
                update committee_member set commit_hash = :hash, committed_at = :at
                where job_id = :job and validator_id = :validator and committed_at is null
                """).param("hash", hash).param("at", Timestamp.from(at)).param("job", jobId)
                .param("validator", validatorId).update() == 1;
    }

    /** Ends a vote that has not been tallied: its job was cancelled. A tallied committee keeps its record. */
    void cancelVote(UUID jobId) {
        jdbc.sql("update committee set phase = 'CANCELLED' where job_id = :job and phase in ('COMMIT', 'REVEAL')")
                .param("job", jobId).update();
    }

    void revealPhaseStarted(UUID jobId) {
        jdbc.sql("update committee set phase = 'REVEAL' where job_id = :job and phase = 'COMMIT'").param("job", jobId)
                .update();
    }

    boolean hashUsed(UUID jobId, String hash) {
        return jdbc.sql("select count(*) from committee_member where job_id = :job and commit_hash = :hash")
                .param("job", jobId).param("hash", hash).query(Long.class).single() > 0;
    }

    void reveal(UUID jobId, UUID validatorId, boolean approve, Instant at) {
        jdbc.sql("""
                update committee_member set approve = :approve, revealed_at = :at
                where job_id = :job and validator_id = :validator and revealed_at is null
                """).param("approve", approve).param("at", Timestamp.from(at)).param("job", jobId)
                .param("validator", validatorId).update();
    }

    void tallied(UUID jobId, Instant at, TallyOutcome outcome, int reveals, Money approveWeight, Money revealedWeight) {
        jdbc.sql("""
                update committee set phase = 'TALLIED', tallied_at = :at, outcome = :outcome, reveals = :reveals,
                       approve_weight = :approve, revealed_weight = :revealed
                where job_id = :job
                """).param("at", Timestamp.from(at)).param("outcome", outcome.name()).param("reveals", reveals)
                .param("approve", approveWeight.value()).param("revealed", revealedWeight.value())
                .param("job", jobId).update();
    }

    void excuse(UUID jobId, UUID validatorId, Instant at) {
        jdbc.sql("""
                update committee_member set excused_at = :at
                where job_id = :job and validator_id = :validator and revealed_at is null
                """).param("at", Timestamp.from(at)).param("job", jobId).param("validator", validatorId).update();
    }

    void ban(UUID validatorId, UUID jobId, Instant until) {
        jdbc.sql("""
                insert into validator_ban (validator_id, job_id, banned_until) values (:validator, :job, :until)
                on conflict do nothing
                """).param("validator", validatorId).param("job", jobId).param("until", Timestamp.from(until)).update();
    }

    /** Every ban the validator got, newest end first, with whether it still holds at {@code now}. */
    public List<ValidatorBan> bansOf(UUID validatorId, Instant now) {
        return jdbc.sql("""
                select job_id, banned_until from validator_ban where validator_id = :validator
                order by banned_until desc, job_id
                """).param("validator", validatorId)
                .query((rs, row) -> {
                    Instant until = rs.getTimestamp("banned_until").toInstant();
                    return new ValidatorBan(rs.getObject("job_id", UUID.class), until, until.isAfter(now));
                }).list();
    }

    Set<UUID> bannedAt(Instant now) {
        return Set.copyOf(jdbc.sql("select distinct validator_id from validator_ban where banned_until > :now")
                .param("now", Timestamp.from(now)).query(UUID.class).list());
    }

    public Optional<Committee> find(UUID jobId) {
        return findAll(List.of(jobId)).values().stream().findFirst();
    }

    /** Committees by job id, each with its members and candidates, in three queries. */
    public Map<UUID, Committee> findAll(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = jobIds.toArray(UUID[]::new);
        Map<UUID, List<CommitteeMember>> members = jdbc.sql("""
                select * from committee_member where job_id = any(:ids) order by job_id, draw_position
                """).param("ids", ids).query(CommitteeStore::member).list().stream()
                .collect(Collectors.groupingBy(CommitteeMember::jobId));
        Map<UUID, List<CommitteeDraw.Candidate>> candidates = new LinkedHashMap<>();
        jdbc.sql("select job_id, validator_id, weight from committee_candidate where job_id = any(:ids) order by job_id, validator_id::text")
                .param("ids", ids)
                .query((rs, row) -> candidates.computeIfAbsent(rs.getObject("job_id", UUID.class), id -> new java.util.ArrayList<>())
                        .add(new CommitteeDraw.Candidate(rs.getObject("validator_id", UUID.class),
                                new Money(rs.getBigDecimal("weight")))))
                .list();
        return jdbc.sql("select * from committee where job_id = any(:ids)").param("ids", ids)
                .query((rs, row) -> committee(rs, members, candidates)).list().stream()
                .collect(Collectors.toMap(Committee::jobId, Function.identity()));
    }

    /** Jobs whose committee has this validator and is still voting, soonest deadline first. */
    public List<UUID> openAssignments(UUID validatorId) {
        return jdbc.sql("""
                select c.job_id from committee c join committee_member m on m.job_id = c.job_id
                where m.validator_id = :validator and c.phase in ('COMMIT', 'REVEAL')
                order by c.reveal_ends_at, c.job_id
                """).param("validator", validatorId).query(UUID.class).list();
    }

    private static Committee committee(ResultSet rs, Map<UUID, List<CommitteeMember>> members,
            Map<UUID, List<CommitteeDraw.Candidate>> candidates) throws SQLException {
        UUID job = rs.getObject("job_id", UUID.class);
        String outcome = rs.getString("outcome");
        return new Committee(job, rs.getString("seed"), rs.getInt("size_wanted"), instant(rs, "drawn_at"),
                instant(rs, "commit_ends_at"), instant(rs, "reveal_ends_at"),
                CommitteePhase.valueOf(rs.getString("phase")), instant(rs, "tallied_at"),
                outcome == null ? null : TallyOutcome.valueOf(outcome), (Integer) rs.getObject("reveals"),
                money(rs, "approve_weight"), money(rs, "revealed_weight"), members.getOrDefault(job, List.of()),
                candidates.getOrDefault(job, List.of()));
    }

    private static CommitteeMember member(ResultSet rs, int row) throws SQLException {
        return new CommitteeMember(rs.getObject("job_id", UUID.class), rs.getObject("validator_id", UUID.class),
                rs.getInt("draw_position"), money(rs, "weight"), money(rs, "locked_stake"), rs.getString("commit_hash"),
                instant(rs, "committed_at"), (Boolean) rs.getObject("approve"), instant(rs, "revealed_at"),
                instant(rs, "excused_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        var value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }
}
