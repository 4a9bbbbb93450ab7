package org.agijobs.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPAWN_JOB: a job funded from the treasury, which is its employer of record, posted once the timelock has passed;
 * its refunds and its employer's slash share go back to the treasury. Each test starts with exactly 2,000 in the
 * treasury (the shared world's balance is put aside and restored), and the default fee of 5%. Once a test runs the
 * due executions, other tests' settlements may move treasury money too, so from then on it counts only the
 * treasury's transfers of its own job.
 */
@ApiTest
@SuppressWarnings("unchecked")
class SpawnJobByProposalTest {

    private static final Money TREASURY = Money.of(2000);
    private static final String TREASURY_PARTICIPANT = GlobalId.of("Participant",
            org.agijobs.participants.Participant.TREASURY_ID);

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobsFixture jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;
    @Autowired
    Ledger ledger;

    @Autowired
    TransactionTemplate transactions;

    GovernanceFixture governance;
    Participant a;
    Participant b;
    Money putAside;

    @BeforeEach
    void seatCouncilAndFillTheTreasury() {
        governance = new GovernanceFixture(participants, jdbc);
        List<Participant> owners = governance.council(3, 2);
        a = owners.get(0);
        b = owners.get(1);
        putAside = jobs.balance(AccountRef.TREASURY);
        setTreasury(TREASURY);
    }

    @AfterEach
    void restore() {
        setTreasury(putAside);
        governance.restore();
    }

    @Test
    void aSpawnedJobIsPostedAfterTheTimelockWithTheTreasuryAsItsEmployerAndCancellingItRefundsTheTreasury() {
        String id = governance.proposed(a, spawnJob(draft("treasury research", "1000")));
        ClientGraphQlResponse approved = governance.call("approveProposal", b, id);
        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("QUEUED");
        assertThat(onlyAction(id).get("job")).isNull();
        assertThat(onlyAction(id)).containsEntry("kind", "SPAWN_JOB").containsEntry("title", "treasury research")
                .containsEntry("amount", "1000");

        clock.advance(Duration.ofHours(23));
        due.run();
        assertThat(governance.state(a, id)).isEqualTo("QUEUED");
        assertThat(onlyAction(id).get("job")).isNull();
        clock.advance(Duration.ofHours(1));
        due.run();

        assertThat(governance.state(a, id)).isEqualTo("EXECUTED");
        Map<String, Object> job = (Map<String, Object>) onlyAction(id).get("job");
        assertThat(job).containsEntry("state", "CREATED")
                .containsEntry("employer", Map.of("id", TREASURY_PARTICIPANT));
        String spawned = (String) job.get("id");
        Map<String, Object> read = governedJob(spawned);
        assertThat(read).containsEntry("title", "treasury research").containsEntry("reward", "1000")
                .containsEntry("fee", "50");
        assertThat(treasuryFlowOf(spawned)).isEqualTo(Money.of(-1050));
        assertThat(jobs.balance(AccountRef.escrow(JobsFixture.uuid(spawned)))).isEqualTo(Money.of(1050));

        String cancel = governance.proposed(a, CancelJobByProposalTest.cancelJob(spawned, "research no longer needed"));
        governance.call("approveProposal", b, cancel);

        assertThat(jobs.state(spawned)).isEqualTo("CANCELLED");
        assertThat(treasuryFlowOf(spawned)).isEqualTo(Money.ZERO);
        assertThat(jobs.balance(AccountRef.escrow(JobsFixture.uuid(spawned)))).isEqualTo(Money.ZERO);
    }

    @Test
    void anExpiredSpawnedJobRefundsTheTreasuryAndPaysItTheEmployersShareOfTheSlash() {
        String spawned = spawnedNow(draft("treasury errand", "1000"));
        Participant agent = jobs.agent("spawned-errand.agent", "100", "AI");
        JobsFixture.requireNoErrors(jobs.apply(agent, spawned), "applyForJob");
        assertThat(treasuryFlowOf(spawned)).isEqualTo(Money.of(-1050));

        clock.advance(Duration.ofDays(5));
        due.run();

        // Escrow back (1,050) and the whole job stake of 1: half as the employer's share, half as the treasury's.
        assertThat(jobs.state(spawned)).isEqualTo("EXPIRED");
        assertThat(treasuryFlowOf(spawned)).isEqualTo(Money.of(1));
        assertThat(jobs.balance(AccountRef.wallet(org.agijobs.participants.Participant.TREASURY_ID)))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void aSpawnedJobWithBudgetsHoldsTheirCostFromTheTreasuryAndItsExpiryRefundsIt() {
        Map<String, Object> hog = draft("treasury hog", "10");
        hog.put("energyBudget", "1000000.5");
        assertRefused(hog, "RESOURCE_UNAVAILABLE", "spawnJob.energyBudget");
        Map<String, Object> draft = draft("treasury compute", "1000");
        draft.put("energyBudget", "100");
        draft.put("computeBudget", "200");

        String spawned = spawnedNow(draft);

        // The default prices with nothing reserved: 100 * 0.01 + 200 * 0.05 = 11 on top of reward and fee.
        assertThat(treasuryFlowOf(spawned)).isEqualTo(Money.of(-1061));
        assertThat(jobs.balance(AccountRef.escrow(JobsFixture.uuid(spawned)))).isEqualTo(Money.of(1061));
        Participant agent = jobs.agent("spawned-compute.agent", "100", "AI");
        JobsFixture.requireNoErrors(jobs.apply(agent, spawned), "applyForJob");
        assertThat(jdbc.sql("select count(*) from resource_reservation where job_id = :job")
                .param("job", JobsFixture.uuid(spawned)).query(Integer.class).single()).isEqualTo(2);

        clock.advance(Duration.ofDays(5));
        due.run();

        assertThat(jobs.state(spawned)).isEqualTo("EXPIRED");
        assertThat(treasuryFlowOf(spawned)).isEqualTo(Money.of(1));
        assertThat(jdbc.sql("select count(*) from resource_reservation where job_id = :job")
                .param("job", JobsFixture.uuid(spawned)).query(Integer.class).single()).isZero();
    }

    @Test
    void aSpawnTheTreasuryCanNoLongerPayForFailsAtExecutionAndChangesNothing() {
        String id = governance.proposed(a, spawnJob(draft("too dear by then", "1500")));
        governance.call("approveProposal", b, id);
        setTreasury(Money.of(1000));

        clock.advance(Duration.ofHours(24));
        due.run();

        Map<String, Object> proposal = governance.proposal(a, id);
        assertThat(proposal).containsEntry("state", "FAILED");
        assertThat((String) proposal.get("failureReason")).startsWith("INSUFFICIENT_FUNDS at actions[0].spawnJob.reward");
        assertThat(onlyAction(id).get("job")).isNull();
        assertThat(jdbc.sql("""
                select count(*) from job where employer_id = :treasury and title = 'too dear by then'
                """).param("treasury", org.agijobs.participants.Participant.TREASURY_ID).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aBadSpawnIsRefusedAtItsFieldAndNoProposalIsMade() {
        int before = governance.proposalsBy(a);
        Map<String, Object> pastDeadline = draft("late", "10");
        pastDeadline.put("deadline", clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> farDeadline = draft("far", "10");
        farDeadline.put("deadline", clock.instant().plus(31, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> stranger = draft("for a stranger", "10");
        stranger.put("preferredAgent", GlobalId.of("Participant", UUID.randomUUID()));
        Map<String, Object> badHash = draft("bad hash", "10");
        badHash.put("specUri", "https://specs.example/1");
        badHash.put("specHash", "nothex");

        assertRefused(draft("dear", "1905"), "INSUFFICIENT_FUNDS", "spawnJob.reward");
        assertRefused(draft("over the maximum", "1000001"), "INVALID_INPUT", "spawnJob.reward");
        assertRefused(draft("nothing", "0"), "INVALID_INPUT", "spawnJob.reward");
        assertRefused(draft("  ", "10"), "INVALID_INPUT", "spawnJob.title");
        assertRefused(pastDeadline, "INVALID_DEADLINE", "spawnJob.deadline");
        assertRefused(farDeadline, "INVALID_DEADLINE", "spawnJob.deadline");
        assertRefused(stranger, "NOT_FOUND", "spawnJob.preferredAgent");
        assertRefused(badHash, "INVALID_INPUT", "spawnJob.specHash");
        ClientGraphQlResponse together = governance.propose(a, "two spawns",
                List.of(spawnJob(draft("first", "1000")), spawnJob(draft("second", "1000"))));
        assertThat(JobsFixture.errors(together, "proposeChange")).extracting(JobsFixture.Refusal::code,
                JobsFixture.Refusal::field).containsExactly(tuple("INSUFFICIENT_FUNDS", "input.actions[1].spawnJob.reward"));

        assertThat(governance.proposalsBy(a)).isEqualTo(before);
        assertThat(jobs.balance(AccountRef.TREASURY)).isEqualTo(TREASURY);
    }

    /** Proposes, approves and executes the spawn at once (the timelock set to the floor and waited out). */
    private String spawnedNow(Map<String, Object> draft) {
        String id = governance.proposed(a, spawnJob(draft));
        governance.call("approveProposal", b, id);
        clock.advance(Duration.ofHours(24));
        due.run();
        assertThat(governance.state(a, id)).isEqualTo("EXECUTED");
        return (String) ((Map<String, Object>) onlyAction(id).get("job")).get("id");
    }

    private void assertRefused(Map<String, Object> draft, String code, String field) {
        ClientGraphQlResponse response = governance.propose(a, "refused", List.of(spawnJob(draft)));
        assertThat(JobsFixture.errors(response, "proposeChange"))
                .extracting(JobsFixture.Refusal::code, JobsFixture.Refusal::field)
                .containsExactly(tuple(code, "input.actions[0]." + field));
    }

    private Map<String, Object> draft(String title, String reward) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", title);
        draft.put("description", "Spec of " + title);
        draft.put("reward", reward);
        draft.put("deadline", clock.instant().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        return draft;
    }

    private Map<String, Object> onlyAction(String proposal) {
        Map<String, Object> read = jobs.http(a).documentName("proposalJobs").variable("id", proposal).executeSync()
                .field("proposal").toEntity(Map.class);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) read.get("actions");
        assertThat(actions).hasSize(1);
        return actions.getFirst();
    }

    private Map<String, Object> governedJob(String job) {
        return jobs.http(a).documentName("governedJob").variable("id", job).executeSync().field("node")
                .toEntity(Map.class);
    }

    /** What the treasury received (positive) or paid (negative) in transfers about {@code job}. */
    private Money treasuryFlowOf(String job) {
        return new Money(jdbc.sql("""
                select coalesce(sum(case when t.to_account = a.id then t.amount else -t.amount end), 0)
                from ledger_transfer t join ledger_account a on a.code = 'TREASURY'
                where t.reference = :job and (t.to_account = a.id or t.from_account = a.id)
                """).param("job", JobsFixture.uuid(job).toString()).query(java.math.BigDecimal.class).single());
    }

    /** Moves the treasury to exactly {@code target}, through the outside world like a credit or withdrawal. */
    private void setTreasury(Money target) {
        Money now = jobs.balance(AccountRef.TREASURY);
        transactions.executeWithoutResult(status -> {
            if (now.compareTo(target) > 0) {
                ledger.transfer(AccountRef.TREASURY, AccountRef.EXTERNAL, now.minus(target),
                        LedgerReason.TREASURY_WITHDRAWAL, null);
            } else if (now.compareTo(target) < 0) {
                ledger.transfer(AccountRef.EXTERNAL, AccountRef.TREASURY, target.minus(now),
                        LedgerReason.TREASURY_CREDIT, null);
            }
        });
    }

    private static Map<String, Object> spawnJob(Map<String, Object> draft) {
        return Map.of("spawnJob", draft);
    }
}
