package org.agijobs.validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.validation.internal.ValidationDeadlineRunner;
import org.springframework.boot.test.context.TestComponent;
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

    public record Delivered(Participant employer, Participant agent, String job) {
    }

    private final JobsFixture jobs;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final ValidationDeadlineRunner deadlines;
    private final List<Participant> pools = new ArrayList<>();
    private String previousMinimum;

    ValidationFixture(JobsFixture jobs, JdbcClient jdbc, MutableClock clock, ValidationDeadlineRunner deadlines) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    public void isolate() {
        previousMinimum = jdbc.sql("select value from parameter where name = 'MIN_STAKE_VALIDATOR'")
                .query(String.class).single();
        setParameter("MIN_STAKE_VALIDATOR", POOL_STAKE.value().toPlainString());
    }

    public void cleanUp() {
        pools.forEach(jobs::blacklist);
        pools.clear();
        setParameter("MIN_STAKE_VALIDATOR", previousMinimum);
    }

    public void setParameter(String name, String value) {
        jdbc.sql("update parameter set value = :value where name = :name").param("value", value).param("name", name)
                .update();
    }

    /** {@code size} validators, each with {@link #POOL_STAKE} staked and an empty wallet. */
    public List<Participant> pool(String name, int size) {
        List<Participant> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Participant validator = jobs.participant(name + "." + i, POOL_STAKE.value().toPlainString(), "validator");
            JobsFixture.requireNoErrors(jobs.http(validator).documentName("stakeForJobs").variable("role", "VALIDATOR")
                    .variable("amount", POOL_STAKE.value().toPlainString()).executeSync(), "depositStake");
            pool.add(validator);
            pools.add(validator);
        }
        return pool;
    }

    /** Blacklists {@code actor} at {@link #cleanUp()}: a test's own validator-staker that later draws must not see. */
    public void track(Participant actor) {
        pools.add(actor);
    }

    /** A job with {@code reward} posted, taken and delivered: validation has started. */
    public Delivered delivered(String name, String reward) {
        Participant employer = jobs.employer(name + ".employer", "10000");
        Participant agent = jobs.agent(name + ".agent", "100", "AI");
        String job = jobs.postJob(employer, name, reward);
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        JobsFixture.requireNoErrors(jobs.submit(agent, job, "ab".repeat(32), null), "submitResult");
        return new Delivered(employer, agent, job);
    }

    public ClientGraphQlResponse commit(Participant validator, String job, boolean approve) {
        return commitHash(validator, job, CommitHash.of(job, validator.globalId(), approve, SALT));
    }

    public ClientGraphQlResponse commitHash(Participant validator, String job, String hash) {
        return jobs.http(validator).documentName("commitVote").variable("input", Map.of("jobId", job, "commitHash", hash)).executeSync();
    }

    public ClientGraphQlResponse reveal(Participant validator, String job, boolean approve) {
        return reveal(validator, job, approve, SALT);
    }

    public ClientGraphQlResponse reveal(Participant validator, String job, boolean approve, String salt) {
        return jobs.http(validator).documentName("revealVote").variable("input", Map.of("jobId", job, "approve", approve, "salt", salt)).executeSync();
    }

    /** Commits and reveals each vote, moving the clock past the commit window in between. */
    public void vote(String job, Map<Participant, Boolean> votes) {
        votes.forEach((validator, approve) -> JobsFixture.requireNoErrors(commit(validator, job, approve), "commitVote"));
        advance(Duration.ofHours(1));
        deadlines.runDue(JobsFixture.uuid(job));
        votes.forEach((validator, approve) -> JobsFixture.requireNoErrors(reveal(validator, job, approve), "revealVote"));
    }

    /** The ledger's own health check, as an owner sees it: fails the test when anything is off. */
    public void requireHealthyLedger() {
        Participant owner = jobs.participant("health.owner", "0", "owner");
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

    public Money wallet(Participant actor) {
        return jobs.balance(AccountRef.wallet(actor.id()));
    }

    public Money validatorStake(Participant actor) {
        return jobs.balance(new AccountRef(AccountKind.STAKE_VALIDATOR, actor.id()));
    }

    public Money lockedValidatorStake(Participant actor) {
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
