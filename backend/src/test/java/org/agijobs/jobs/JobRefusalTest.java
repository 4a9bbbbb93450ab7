package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wrong requests come back as one typed user error, and change nothing: no job, no money moved, no state. */
@ApiTest
class JobRefusalTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesBadJobInputsNamingTheField() {
        Participant employer = fixture.employer("careless.employer", "500");

        refusedCreate(employer, input -> input.put("reward", "-5"), "INVALID_INPUT", "input.reward");
        refusedCreate(employer, input -> input.put("reward", "0"), "INVALID_INPUT", "input.reward");
        refusedCreate(employer, input -> input.put("reward", "1.0000000000000000001"), "INVALID_INPUT", "input.reward");
        refusedCreate(employer, input -> input.put("reward", "lots"), "INVALID_INPUT", "input.reward");
        refusedCreate(employer, input -> input.put("reward", "1000001"), "INVALID_INPUT", "input.reward");
        refusedCreate(employer, input -> input.put("title", "t".repeat(201)), "INVALID_INPUT", "input.title");
        refusedCreate(employer, input -> input.put("title", " "), "INVALID_INPUT", "input.title");
        refusedCreate(employer, input -> input.put("description", "d".repeat(20_001)), "INVALID_INPUT",
                "input.description");
        refusedCreate(employer, input -> input.remove("description"), "INVALID_INPUT", "input.description");
        refusedCreate(employer, input -> input.put("specUri", "https://specs.example/1"), "INVALID_INPUT",
                "input.specHash");
        refusedCreate(employer, input -> input.put("energyBudget", "-1"), "INVALID_INPUT", "input.energyBudget");
        refusedCreate(employer, input -> input.put("deadline", fixture.now().minusSeconds(60).toString()),
                "INVALID_DEADLINE", "input.deadline");
        refusedCreate(employer, input -> input.put("deadline", fixture.now().plus(31, ChronoUnit.DAYS).toString()),
                "INVALID_DEADLINE", "input.deadline");
        refusedCreate(employer, input -> input.put("preferredAgent", GlobalId.of("Participant", UUID.randomUUID())),
                "NOT_FOUND", "input.preferredAgent");
        refusedCreate(employer, input -> input.put("parent", GlobalId.of("Job", UUID.randomUUID())),
                "NOT_FOUND", "input.parent");
        refusedCreate(employer, input -> input.put("parent", "not-an-id"), "NOT_FOUND", "input.parent");
    }

    @Test
    void refusesAJobTheWalletCannotFund() {
        Participant employer = fixture.employer("poor.employer", "104.999999999999999999");

        // 100 + 5% fee = 105: one unit short.
        refusedCreate(employer, input -> input.put("reward", "100"), "INSUFFICIENT_FUNDS", null);
        assertThat(fixture.balance(AccountRef.wallet(employer.id()))).isEqualTo(Money.of("104.999999999999999999"));
    }

    @Test
    void refusesBlacklistedAndUnacknowledgedCallers() {
        Participant blacklisted = fixture.employer("blacklisted.employer", "500");
        fixture.blacklist(blacklisted);
        Participant unaware = fixture.employer("unaware.employer", "500");
        fixture.forgetTerms(unaware);

        refusedCreate(blacklisted, input -> { }, "BLACKLISTED", null);
        refusedCreate(unaware, input -> { }, "POLICY_NOT_ACKNOWLEDGED", null);
    }

    @Test
    void refusesUnknownJobsAndCommandsInTheWrongState() {
        Participant employer = fixture.employer("stateful.employer", "500");
        Participant agent = fixture.agent("stateful.agent", "100", "AI");
        String unknown = GlobalId.of("Job", UUID.randomUUID());
        String job = fixture.postJob(employer, "Stateful", "100");

        refused(fixture.cancel(employer, unknown, null), "cancelJob", "NOT_FOUND", "input.jobId");
        refused(fixture.apply(agent, unknown), "applyForJob", "NOT_FOUND", "input.jobId");
        refused(fixture.apply(agent, "bm90LWEtam9i"), "applyForJob", "NOT_FOUND", "input.jobId");
        refused(fixture.submit(agent, job, "aa".repeat(32), null), "submitResult", "INVALID_STATE", null);

        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        Money escrow = fixture.balance(AccountRef.escrow(JobsFixture.uuid(job)));

        refused(fixture.cancel(employer, job, null), "cancelJob", "INVALID_STATE", null);
        refused(fixture.apply(fixture.agent("late.agent", "100", "AI"), job), "applyForJob", "INVALID_STATE", null);
        assertThat(fixture.state(job)).isEqualTo("ASSIGNED");
        assertThat(fixture.balance(AccountRef.escrow(JobsFixture.uuid(job)))).isEqualTo(escrow);

        refused(fixture.submit(agent, job, "not-a-hash", null), "submitResult", "INVALID_INPUT", "input.resultHash");
        JobsFixture.requireNoErrors(fixture.submit(agent, job, "aa".repeat(32), null), "submitResult");
        JobsFixture.requireNoErrors(fixture.submit(agent, job, "aa".repeat(32), null), "submitResult");
        refused(fixture.submit(agent, job, "bb".repeat(32), null), "submitResult", "INVALID_STATE", null);
        assertThat(jdbc.sql("select result_hash from job where id = :id").param("id", JobsFixture.uuid(job))
                .query(String.class).single()).isEqualTo("aa".repeat(32));
    }

    @Test
    void refusesIneligibleApplicants() {
        Participant employer = fixture.employer("picky.employer", "1000");
        String translation = fixture.postJob(employer, "Needs French", "100", "french");
        Map<String, Object> humansOnly = fixture.jobInput("Humans only", "100");
        humansOnly.put("agentTypesAllowed", "HUMAN");
        String human = fixture.createJob(employer, humansOnly).field("createJob.job.id").toEntity(String.class);
        Participant unstaked = fixture.participant("unstaked.agent", "0", "agent");
        Participant blacklisted = fixture.agent("blacklisted.agent", "100", "AI", "french");
        fixture.blacklist(blacklisted);

        refused(fixture.apply(fixture.agent("monolingual.agent", "100", "AI", "english"), translation),
                "applyForJob", "NOT_ELIGIBLE", null);
        refused(fixture.apply(fixture.agent("robot.agent", "100", "AI"), human), "applyForJob", "NOT_ELIGIBLE", null);
        refused(fixture.apply(unstaked, human), "applyForJob", "NOT_ELIGIBLE", null);
        refused(fixture.apply(blacklisted, translation), "applyForJob", "BLACKLISTED", null);
        assertThat(fixture.state(translation)).isEqualTo("CREATED");
        assertThat(fixture.state(human)).isEqualTo("CREATED");
    }

    @Test
    void refusesAnApplicationWhoseJobStakeExceedsTheFreeStake() {
        Participant employer = fixture.employer("staking.employer", "500");
        Participant agent = fixture.agent("thinly.staked.agent", "100", "AI");
        String job = fixture.postJob(employer, "Stake heavy", "100");

        fixture.withParameter("JOB_STAKE", "100.000000000000000001",
                () -> refused(fixture.apply(agent, job), "applyForJob", "INSUFFICIENT_FUNDS", null));

        assertThat(fixture.state(job)).isEqualTo("CREATED");
        assertThat(fixture.count("select count(*) from scheduled_tasks where task_instance = :id",
                Map.of("id", JobsFixture.uuid(job).toString()))).isZero();
    }

    @Test
    void refusesAnAgentAtItsActiveJobLimit() {
        Participant employer = fixture.employer("busy.employer", "1000");
        Participant agent = fixture.agent("busy.agent", "100", "AI");
        for (int i = 0; i < 3; i++) {
            JobsFixture.requireNoErrors(fixture.apply(agent, fixture.postJob(employer, "Busy " + i, "10")),
                    "applyForJob");
        }

        refused(fixture.apply(agent, fixture.postJob(employer, "One too many", "10")), "applyForJob", "NOT_ELIGIBLE",
                null);
    }

    private void refusedCreate(Participant employer, Consumer<Map<String, Object>> change, String code, String field) {
        Map<String, Object> input = fixture.jobInput("Refused", "100");
        change.accept(input);
        long jobsBefore = fixture.count("select count(*) from job where employer_id = :id", Map.of("id", employer.id()));
        Money walletBefore = fixture.balance(AccountRef.wallet(employer.id()));

        refused(fixture.createJob(employer, input), "createJob", code, field);

        assertThat(fixture.count("select count(*) from job where employer_id = :id", Map.of("id", employer.id())))
                .isEqualTo(jobsBefore);
        assertThat(fixture.balance(AccountRef.wallet(employer.id()))).isEqualTo(walletBefore);
    }

    private static void refused(ClientGraphQlResponse response, String mutation, String code, String field) {
        assertThat(response.getErrors()).isEmpty();
        assertThat(JobsFixture.errors(response, mutation)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.field()).isEqualTo(field);
        });
        assertThat((Object) response.field(mutation + ".job").getValue()).isNull();
    }
}
