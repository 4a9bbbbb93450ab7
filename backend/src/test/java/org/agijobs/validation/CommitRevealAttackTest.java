package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Refusal;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** The ways a validator (or anyone) might try to cheat the vote; each is refused with a typed error and no effect. */
@ApiTest
class CommitRevealAttackTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    DisputeFixture disputes;

    private List<Participant> pool;
    private Delivered delivered;

    @BeforeEach
    void aJobUnderValidation() {
        validation.isolate();
        pool = validation.pool("guarded.validator", 3);
        delivered = validation.delivered("guarded", "1000");
        assertThat(jobs.state(delivered.job())).isEqualTo("VALIDATING");
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aValidatorOutsideTheCommitteeCannotCommit() {
        validation.cleanUp();
        validation.isolate();
        Participant outsider = validation.pool("outsider.validator", 1).getFirst();

        assertThat(codes(validation.commit(outsider, delivered.job(), true), "commitVote")).containsExactly("FORBIDDEN");
        assertThat(commits()).isZero();
    }

    @Test
    void aMemberCommitsOnceAndCannotReplaceItsCommit() {
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");

        assertThat(codes(validation.commit(pool.get(0), delivered.job(), false), "commitVote"))
                .containsExactly("INVALID_STATE");
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");
        assertThat(commits()).isEqualTo(1);
    }

    @Test
    void replayingAnotherMembersCommitHashIsRefusedAndCouldNeverBeRevealed() {
        String copied = CommitHash.of(delivered.job(), pool.get(0).globalId(), true, ValidationFixture.SALT);
        JobsFixture.requireNoErrors(validation.commitHash(pool.get(0), delivered.job(), copied), "commitVote");

        assertThat(codes(validation.commitHash(pool.get(1), delivered.job(), copied), "commitVote"))
                .containsExactly("INVALID_INPUT");
        assertThat(commits()).isEqualTo(1);
    }

    @Test
    void aRevealBeforeTheCommitWindowClosesIsRefused() {
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");

        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), true), "revealVote"))
                .containsExactly("INVALID_DEADLINE");
        assertThat(reveals()).isZero();
    }

    /** Hex is hex: a commit in upper case is stored as the lower-case hash the reveal recomputes. */
    @Test
    void aCommitInUpperCaseIsRevealedLikeItsLowerCase() {
        String hash = CommitHash.of(delivered.job(), pool.get(0).globalId(), true, ValidationFixture.SALT);
        JobsFixture.requireNoErrors(validation.commitHash(pool.get(0), delivered.job(), hash.toUpperCase()),
                "commitVote");
        validation.advance(Duration.ofHours(1));

        JobsFixture.requireNoErrors(validation.reveal(pool.get(0), delivered.job(), true), "revealVote");
        assertThat(reveals()).isEqualTo(1);
    }

    @Test
    void aRevealThatDoesNotMatchTheCommitIsRefused() {
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");
        validation.advance(Duration.ofHours(1));

        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), false), "revealVote"))
                .containsExactly("INVALID_INPUT");
        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), true, "another-salt-0123456789"), "revealVote"))
                .containsExactly("INVALID_INPUT");
        assertThat(reveals()).isZero();
        JobsFixture.requireNoErrors(validation.reveal(pool.get(0), delivered.job(), true), "revealVote");
        assertThat(reveals()).isEqualTo(1);
    }

    @Test
    void aLateCommitAndALateRevealAreRefused() {
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");
        validation.advance(Duration.ofHours(1));

        assertThat(codes(validation.commit(pool.get(1), delivered.job(), true), "commitVote"))
                .containsExactly("INVALID_DEADLINE");
        validation.advance(Duration.ofHours(1));
        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), true), "revealVote"))
                .containsExactly("INVALID_DEADLINE");
        assertThat(reveals()).isZero();
        validation.runDeadline(delivered.job());
        assertThat(jobs.state(delivered.job())).isEqualTo("DISPUTED");
        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), true), "revealVote"))
                .containsExactly("INVALID_STATE");
    }

    @Test
    void aValidatorCannotWithdrawTheStakeLockedForACommittee() {
        var refused = jobs.http(pool.get(0)).documentName("withdrawTheValidatorStake").executeSync();

        assertThat(refused.field("requestStakeWithdrawal.userErrors").toEntityList(Map.class))
                .extracting(error -> error.get("code")).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(validation.lockedValidatorStake(pool.get(0))).isEqualTo(ValidationFixture.POOL_STAKE);
        assertThat(validation.validatorStake(pool.get(0))).isEqualTo(Money.ZERO);
    }

    @Test
    void nobodyVotesOnAJobUnderDispute() {
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.employer(), delivered.job()), "raiseDispute");

        assertThat(codes(validation.commit(pool.get(0), delivered.job(), false), "commitVote"))
                .containsExactly("INVALID_STATE");
        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), false), "revealVote"))
                .containsExactly("INVALID_STATE");
        assertThat(jobs.count("select count(*) from committee_member where job_id = :job and approve",
                Map.of("job", JobsFixture.uuid(delivered.job())))).isEqualTo(3);
    }

    @Test
    void malformedCommitsAndSaltsAreRefusedBeforeAnythingElse() {
        assertThat(codes(validation.commitHash(pool.get(0), delivered.job(), "not-a-hash"), "commitVote"))
                .containsExactly("INVALID_INPUT");
        assertThat(codes(validation.reveal(pool.get(0), delivered.job(), true, "short"), "revealVote"))
                .containsExactly("INVALID_INPUT");
        assertThat(commits()).isZero();
    }

    @Test
    void onlyValidatorsVote() {
        assertThat(codes(validation.commit(delivered.employer(), delivered.job(), true), "commitVote"))
                .containsExactly("FORBIDDEN");
        assertThat(codes(validation.commit(delivered.agent(), delivered.job(), true), "commitVote"))
                .containsExactly("FORBIDDEN");
    }

    private long commits() {
        return jobs.count("select count(*) from committee_member where job_id = :job and committed_at is not null",
                Map.of("job", JobsFixture.uuid(delivered.job())));
    }

    private long reveals() {
        return jobs.count("select count(*) from committee_member where job_id = :job and revealed_at is not null",
                Map.of("job", JobsFixture.uuid(delivered.job())));
    }

    private static List<String> codes(ClientGraphQlResponse response, String mutation) {
        return JobsFixture.errors(response, mutation).stream().map(Refusal::code).toList();
    }
}
