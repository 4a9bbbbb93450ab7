package org.agijobs.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participants and jobs for jobs tests, made the way a client makes them: profiles and jobs through the API,
 * stake through the staking mutation. What no API offers yet (terms acknowledgement, skills, agent type,
 * blacklisting, deposits) is written directly. Names get a random suffix because every test shares one database.
 */
@TestComponent
public class JobsFixture {

    /** One entry of a payload's {@code userErrors}. */
    public record Refusal(String field, String code, String message) {
    }

    private final Participants participants;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Clock clock;

    JobsFixture(Participants participants, JdbcClient jdbc, Ledger ledger, Clock clock) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A participant with these realm roles who acknowledged the current terms, with {@code wallet} to spend. */
    public Participant participant(String name, String wallet, String... roles) {
        Participant actor = participants.participant(name, roles);
        if (Money.of(wallet).isPositive()) {
            fund(actor.id(), Money.of(wallet));
        }
        return actor;
    }

    public Participant employer(String name, String wallet) {
        return participant(name, wallet, "employer");
    }

    /** An agent of the given type and skills with {@code stake} deposited as agent stake from its wallet. */
    public Participant agent(String name, String stake, String type, String... skills) {
        Participant agent = participant(name, stake, "agent");
        profile(agent, type, skills);
        if (Money.of(stake).isPositive()) {
            List<?> errors = http(agent).documentName("stakeForJobs").variable("role", "AGENT")
                    .variable("amount", stake).executeSync().field("depositStake.userErrors").getValue();
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Stake deposit refused: " + errors);
            }
        }
        return agent;
    }

    public void profile(Participant actor, String type, String... skills) {
        jdbc.sql("update participant set agent_type = :type where id = :id")
                .param("type", type).param("id", actor.id()).update();
        jdbc.sql("delete from participant_skill where participant_id = :id").param("id", actor.id()).update();
        Arrays.stream(skills).forEach(skill -> jdbc.sql("insert into participant_skill values (:id, :skill)")
                .param("id", actor.id()).param("skill", skill).update());
    }

    public void blacklist(Participant actor) {
        participants.blacklist(actor.id());
    }

    public void forgetTerms(Participant actor) {
        jdbc.sql("update participant set policy_version_acknowledged = 0 where id = :id").param("id", actor.id()).update();
    }

    /** Runs {@code work} with a governed parameter set to {@code value}, then restores the previous value. */
    public void withParameter(String name, String value, Runnable work) {
        String previous = jdbc.sql("select value from parameter where name = :name").param("name", name)
                .query(String.class).single();
        jdbc.sql("update parameter set value = :value where name = :name").param("value", value).param("name", name)
                .update();
        try {
            work.run();
        } finally {
            jdbc.sql("update parameter set value = :value where name = :name").param("value", previous)
                    .param("name", name).update();
        }
    }

    public void fund(UUID participant, Money amount) {
        participants.fund(participant, amount);
    }

    public Money balance(AccountRef account) {
        return ledger.balanceOf(account);
    }

    /** A valid job input: reward {@code reward}, deadline in two days, the given skills. */
    public Map<String, Object> jobInput(String title, String reward, String... skills) {
        return new HashMap<>(Map.of(
                "title", title,
                "description", "Spec of " + title,
                "reward", reward,
                "deadline", now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "requiredSkills", List.of(skills)));
    }

    public ClientGraphQlResponse createJob(Participant employer, Map<String, Object> input) {
        return http(employer).documentName("createJob").variable("input", input).executeSync();
    }

    /** Posts a job and returns its global id; fails the test when refused. */
    public String postJob(Participant employer, String title, String reward, String... skills) {
        ClientGraphQlResponse response = createJob(employer, jobInput(title, reward, skills));
        requireNoErrors(response, "createJob");
        return response.field("createJob.job.id").toEntity(String.class);
    }

    public ClientGraphQlResponse cancel(Participant caller, String jobId, String reason) {
        Map<String, Object> input = new HashMap<>(Map.of("jobId", jobId));
        if (reason != null) {
            input.put("reason", reason);
        }
        return http(caller).documentName("cancelJob").variable("input", input).executeSync();
    }

    public ClientGraphQlResponse apply(Participant agent, String jobId) {
        return http(agent).documentName("applyForJob").variable("input", Map.of("jobId", jobId)).executeSync();
    }

    public ClientGraphQlResponse submit(Participant agent, String jobId, String resultHash, String key) {
        Map<String, Object> input = new HashMap<>(Map.of("jobId", jobId, "resultHash", resultHash,
                "resultUri", "https://results.example/" + resultHash.substring(0, 8)));
        if (key != null) {
            input.put("idempotencyKey", key);
        }
        return http(agent).documentName("submitResult").variable("input", input).executeSync();
    }

    public static List<Refusal> errors(ClientGraphQlResponse response, String mutation) {
        return response.field(mutation + ".userErrors").toEntityList(Refusal.class);
    }

    public static void requireNoErrors(ClientGraphQlResponse response, String mutation) {
        if (!response.getErrors().isEmpty() || !errors(response, mutation).isEmpty()) {
            throw new IllegalStateException(mutation + " failed: " + response.getErrors() + " "
                    + errors(response, mutation));
        }
    }

    public static UUID uuid(String globalId) {
        return GlobalId.decode(globalId).orElseThrow().id();
    }

    public String state(String jobId) {
        return jdbc.sql("select state from job where id = :id").param("id", uuid(jobId)).query(String.class).single();
    }

    public long count(String sql, Map<String, ?> params) {
        var statement = jdbc.sql(sql);
        for (var entry : params.entrySet()) {
            statement = statement.param(entry.getKey(), entry.getValue());
        }
        return statement.query(Long.class).single();
    }

    public HttpSyncGraphQlClient http(Participant actor) {
        return TestDocuments.http(port(), actor == null ? null : actor.token());
    }

    /** The platform's now, which tests may have moved ahead of real time. */
    public Instant now() {
        return clock.instant();
    }

    public int port() {
        return participants.port();
    }
}
