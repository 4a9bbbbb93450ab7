package org.agijobs.validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Actor;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Money;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.internal.ChallengeWindowRunner;
import org.agijobs.support.MutableClock;
import org.agijobs.validation.internal.ValidationDeadlineRunner;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives validation as validators and the scheduler would. Committees are drawn from every eligible validator in
 * the (shared) database, so a test first {@link #isolate() isolates} its pool: the validator minimum goes up to
 * {@link #POOL_STAKE}, which only the pools of these tests reach, and {@link #cleanUp()} blacklists the pool
 * afterwards so no later test draws it.
 */
@TestComponent
public class ValidationFixture {

    /** Each pool validator's stake, and the validator minimum while a test runs. */
    public static final Money POOL_STAKE = Money.of(100_000);
    public static final String SALT = "salt-of-the-earth-0123456789";

    public record Delivered(Actor employer, Actor agent, String job) {
    }

    private final JobsFixture jobs;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final ValidationDeadlineRunner deadlines;
    private final ChallengeWindowRunner challengeWindows;
    private final List<Actor> pools = new ArrayList<>();
    private String previousMinimum;
    private final Set<UUID> crashOnSettlement = ConcurrentHashMap.newKeySet();

    ValidationFixture(JobsFixture jobs, JdbcClient jdbc, MutableClock clock, ValidationDeadlineRunner deadlines,
            ChallengeWindowRunner challengeWindows) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlines = deadlines;
        this.challengeWindows = challengeWindows;
    }

    /** The next settlement of {@code job} fails after all of its moves, as a crash before commit would. */
    public void crashNextSettlementOf(String job) {
        crashOnSettlement.add(JobsFixture.uuid(job));
    }

    @EventListener
    void crashIfAsked(JobSettled settled) {
        if (crashOnSettlement.remove(settled.jobId())) {
            throw new IllegalStateException("Simulated crash in the middle of the settlement of " + settled.jobId());
        }
    }

    public void isolate() {
        previousMinimum = jdbc.sql("select value from parameter where name = 'MIN_STAKE_VALIDATOR'")
                .query(String.class).single();
        setParameter("MIN_STAKE_VALIDATOR", POOL_STAKE.value().toPlainString());
    }

    public void cleanUp() {
        // Jobs a test leaves voting or in their challenge window keep persistent executions; a manual scheduler
        // of a later test (at a clock days ahead) would run them in the middle of that test.
        jdbc.sql("delete from scheduled_tasks where task_name in ('validation-deadline', 'job-settlement') and not picked")
                .update();
        pools.forEach(jobs::blacklist);
        pools.clear();
        setParameter("MIN_STAKE_VALIDATOR", previousMinimum);
    }

    public void setParameter(String name, String value) {
        jdbc.sql("update parameter set value = :value where name = :name").param("value", value).param("name", name)
                .update();
    }

    /** {@code size} validators, each with {@link #POOL_STAKE} staked and an empty wallet. */
    public List<Actor> pool(String name, int size) {
        List<Actor> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Actor validator = jobs.participant(name + "." + i, POOL_STAKE.value().toPlainString(), "validator");
            JobsFixture.requireNoErrors(jobs.http(validator).documentName("stakeForJobs").variable("role", "VALIDATOR")
                    .variable("amount", POOL_STAKE.value().toPlainString()).executeSync(), "depositStake");
            pool.add(validator);
            pools.add(validator);
        }
        return pool;
    }

    /** Blacklists {@code actor} at {@link #cleanUp()}: a test's own validator-staker that later draws must not see. */
    public void track(Actor actor) {
        pools.add(actor);
    }

    /** A job with {@code reward} posted, taken and delivered: validation has started. */
    public Delivered delivered(String name, String reward) {
        Actor employer = jobs.employer(name + ".employer", "10000");
        Actor agent = jobs.agent(name + ".agent", "100", "AI");
        String job = jobs.postJob(employer, name, reward);
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        JobsFixture.requireNoErrors(jobs.submit(agent, job, "ab".repeat(32), null), "submitResult");
        return new Delivered(employer, agent, job);
    }

    public ClientGraphQlResponse commit(Actor validator, String job, boolean approve) {
        return commitHash(validator, job, CommitHash.of(job, validator.globalId(), approve, SALT));
    }

    public ClientGraphQlResponse commitHash(Actor validator, String job, String hash) {
        return jobs.http(validator).document("""
                mutation($input: CommitVoteInput!) { commitVote(input: $input) {
                    committee { phase } userErrors { field code message } } }
                """).variable("input", Map.of("jobId", job, "commitHash", hash)).executeSync();
    }

    public ClientGraphQlResponse reveal(Actor validator, String job, boolean approve) {
        return reveal(validator, job, approve, SALT);
    }

    public ClientGraphQlResponse reveal(Actor validator, String job, boolean approve, String salt) {
        return jobs.http(validator).document("""
                mutation($input: RevealVoteInput!) { revealVote(input: $input) {
                    committee { phase outcome } userErrors { field code message } } }
                """).variable("input", Map.of("jobId", job, "approve", approve, "salt", salt)).executeSync();
    }

    /** Commits and reveals each vote, moving the clock past the commit window in between. */
    public void vote(String job, Map<Actor, Boolean> votes) {
        votes.forEach((validator, approve) -> JobsFixture.requireNoErrors(commit(validator, job, approve), "commitVote"));
        advance(Duration.ofHours(1));
        deadlines.runDue(JobsFixture.uuid(job));
        votes.forEach((validator, approve) -> JobsFixture.requireNoErrors(reveal(validator, job, approve), "revealVote"));
    }

    public ClientGraphQlResponse raiseDispute(Actor party, String job) {
        return jobs.http(party).document("""
                mutation($input: RaiseDisputeInput!) { raiseDispute(input: $input) {
                    dispute { kind fee } userErrors { field code message } } }
                """).variable("input", Map.of("jobId", job, "reason", "The result does not meet the spec",
                "evidenceHash", "cd".repeat(32), "evidenceUri", "https://evidence.example/1")).executeSync();
    }

    public ClientGraphQlResponse resolve(Actor judge, String job, String ruling) {
        return jobs.http(judge).document("""
                mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) {
                    dispute { ruling resolvedAs } userErrors { field code message } } }
                """).variable("input", Map.of("jobId", job, "ruling", ruling, "reason", "Checked the evidence"))
                .executeSync();
    }

    /** The ledger's own health check, as an owner sees it: fails the test when anything is off. */
    public void requireHealthyLedger() {
        Actor owner = jobs.participant("health.owner", "0", "owner");
        Map<String, Object> health = jobs.http(owner).documentName("ledgerHealth").executeSync()
                .field("ledgerHealth").toEntity(Map.class);
        if (!Boolean.TRUE.equals(health.get("healthy"))) {
            throw new AssertionError("Ledger unhealthy: " + health);
        }
    }

    public void advance(Duration duration) {
        clock.advance(duration);
    }

    /** Runs the job's validation deadline as the scheduler would. */
    public void runDeadline(String job) {
        deadlines.runDue(JobsFixture.uuid(job));
    }

    /** Runs the job's settlement as the scheduler would, without moving the clock. */
    public boolean settleIfDue(String job) {
        return challengeWindows.settleIfDue(JobsFixture.uuid(job));
    }

    public ClientGraphQlResponse addEvidence(Actor author, String job, String uri) {
        return jobs.http(author).document("""
                mutation($input: AddEvidenceInput!) { addDisputeEvidence(input: $input) {
                    dispute { evidence { role uri } } userErrors { field code message } } }
                """).variable("input", Map.of("jobId", job, "evidenceHash", "ee".repeat(32), "evidenceUri", uri))
                .executeSync();
    }

    /** Ends the challenge window and runs the settlement as the scheduler would. */
    public boolean endChallengeWindow(String job) {
        advance(Duration.ofDays(1));
        return challengeWindows.settleIfDue(JobsFixture.uuid(job));
    }

    public Money wallet(Actor actor) {
        return jobs.balance(AccountRef.wallet(actor.id()));
    }

    public Money validatorStake(Actor actor) {
        return jobs.balance(new AccountRef(AccountKind.STAKE_VALIDATOR, actor.id()));
    }

    public Money lockedValidatorStake(Actor actor) {
        return jobs.balance(new AccountRef(AccountKind.LOCKED_VALIDATOR, actor.id()));
    }

    public Money balance(AccountRef account) {
        return jobs.balance(account);
    }

    public List<UUID> members(String job) {
        return jdbc.sql("select validator_id from committee_member where job_id = :job order by draw_position")
                .param("job", JobsFixture.uuid(job)).query(UUID.class).list();
    }
}
