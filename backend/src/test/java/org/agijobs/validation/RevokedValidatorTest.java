package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Committee draws run without the validators' tokens, so they go by the roles of the newest token each validator
 * showed: a revoked validator is not drawn once a request showed the revocation, and a member revoked while its
 * committee votes, who therefore cannot vote, is excused at the tally instead of penalised as a silent member.
 */
@ApiTest
class RevokedValidatorTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aValidatorWhoseRoleWasRevokedIsNotDrawnUntilARequestShowsItBack() {
        List<Participant> pool = validation.pool("revoked.validator", 4);
        Participant revoked = participants.withRoles(pool.getFirst(), "employer");
        jobs.http(revoked).documentName("myRoles").executeSync();

        Delivered first = validation.delivered("revoked-first", "100");

        List<UUID> others = pool.subList(1, 4).stream().map(Participant::id).toList();
        assertThat(validation.members(first.job())).containsExactlyInAnyOrderElementsOf(others);
        assertThat(poolCandidates(first, pool)).containsExactlyInAnyOrderElementsOf(others);

        Participant restored = participants.withRoles(pool.getFirst(), "validator");
        jobs.http(restored).documentName("myRoles").executeSync();
        Delivered second = validation.delivered("revoked-second", "100");

        // The other three sit on the first committee, so the restored validator is the only candidate left.
        assertThat(jobs.state(second.job())).isEqualTo("DISPUTED");
        assertThat(poolCandidates(second, pool)).containsExactly(pool.getFirst().id());
    }

    @Test
    void aMemberRevokedBeforeItRevealedIsExcusedNeitherPenalisedNorBannedNorRewarded() {
        String size = jobs.count("select value::bigint from parameter where name = 'VALIDATORS_PER_JOB'", Map.of()) + "";
        validation.setParameter("VALIDATORS_PER_JOB", "7");
        try {
            List<Participant> pool = validation.pool("excused.validator", 7);
            Delivered delivered = validation.delivered("excused", "1000");
            Participant silent = pool.get(1);
            Participant revoked = participants.withRoles(pool.getFirst(), "employer");

            var refused = validation.commit(revoked, delivered.job(), true);

            assertThat(JobsFixture.errors(refused, "commitVote")).extracting(JobsFixture.Refusal::code)
                    .containsExactly("FORBIDDEN");
            Map<Participant, Boolean> votes = new LinkedHashMap<>();
            pool.subList(2, 7).forEach(voter -> votes.put(voter, true));
            validation.vote(delivered.job(), votes);
            validation.advance(Duration.ofHours(1));
            validation.runDeadline(delivered.job());
            assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");
            assertThat(settlement.endChallengeWindow(delivered.job())).isTrue();

            UUID job = JobsFixture.uuid(delivered.job());
            assertThat(excused(job)).containsExactly(revoked.id());
            assertThat(bans(job)).containsExactly(silent.id());
            assertThat(validation.validatorStake(revoked)).isEqualTo(ValidationFixture.POOL_STAKE);
            assertThat(validation.lockedValidatorStake(revoked)).isEqualTo(Money.ZERO);
            assertThat(validation.wallet(revoked)).isEqualTo(Money.ZERO);
            assertThat(validation.validatorStake(silent)).isEqualTo(ValidationFixture.POOL_STAKE.minus(Money.of(500)));
            assertThat(validation.wallet(pool.get(2))).isEqualTo(Money.of(16));
            assertThat(reputationReasons(job, revoked)).isEmpty();
            assertThat(reputationReasons(job, silent)).containsExactly("DID_NOT_REVEAL");
            validation.requireHealthyLedger();
        } finally {
            validation.setParameter("VALIDATORS_PER_JOB", size);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> poolCandidates(Delivered delivered, List<Participant> pool) {
        Map<String, Object> committee = jobs.http(delivered.employer()).documentName("committeeWeights")
                .variable("job", delivered.job()).executeSync().field("committee").toEntity(Map.class);
        List<UUID> poolIds = pool.stream().map(Participant::id).toList();
        return ((List<Map<String, String>>) committee.get("candidates")).stream()
                .map(candidate -> UUID.fromString(candidate.get("validatorUuid"))).filter(poolIds::contains).toList();
    }

    private List<UUID> excused(UUID job) {
        return jdbc.sql("select validator_id from committee_member where job_id = :job and excused_at is not null")
                .param("job", job).query(UUID.class).list();
    }

    private List<UUID> bans(UUID job) {
        return jdbc.sql("select validator_id from validator_ban where job_id = :job").param("job", job)
                .query(UUID.class).list();
    }

    private List<String> reputationReasons(UUID job, Participant validator) {
        return jdbc.sql("""
                select reason from reputation_change where job_id = :job and participant_id = :validator
                  and role = 'VALIDATOR'
                """).param("job", job).param("validator", validator.id()).query(String.class).list();
    }
}
