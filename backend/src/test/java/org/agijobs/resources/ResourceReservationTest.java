package org.agijobs.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.governance.GovernanceFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Refusal;
import org.agijobs.jobs.internal.JobExpirer;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.parameters.Parameter;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.agijobs.validation.ValidationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resources end to end (DOMAIN.md, Operator insight): with energy capacity 100 at base price 1 and compute capacity
 * 1,000 at base price 0.1, a job of reward 1,000 with budgets 20 energy and 100 compute, posted while nothing is
 * reserved, costs 20 * 1 + 100 * 0.1 = 30, and its escrow is 1,000 + 50 + 30 = 1,080. The budgets are reserved at
 * assignment and released on every path that ends the job; the cost goes to the operator pool at settlement
 * (either outcome) and back to the employer on cancellation and expiry. The ledger stays healthy after each.
 */
@ApiTest
@SuppressWarnings("unchecked")
class ResourceReservationTest {

    private static final Money COST = Money.of(30);
    private static final Money ESCROW = Money.of(1080);
    private static final Map<String, String> SETTINGS = Map.of("ENERGY_CAPACITY", "100", "COMPUTE_CAPACITY", "1000",
            "ENERGY_BASE_PRICE", "1", "COMPUTE_BASE_PRICE", "0.1");

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;
    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobExpirer expirer;
    @Autowired
    MutableClock clock;

    private final Map<String, String> previous = new java.util.HashMap<>();
    List<Participant> pool;
    Money operatorBefore;

    @BeforeEach
    void setCapacitiesAndPrices() {
        SETTINGS.forEach((name, value) -> {
            previous.put(name, jdbc.sql("select value from parameter where name = :name").param("name", name)
                    .query(String.class).single());
            validation.setParameter(name, value);
        });
        validation.isolate();
        pool = validation.pool("resources.validator", 3);
        assertThat(reserved(Resource.ENERGY)).isEqualByComparingTo("0");
        assertThat(reserved(Resource.COMPUTE)).isEqualByComparingTo("0");
        operatorBefore = jobs.balance(AccountRef.OPERATOR_POOL);
    }

    @AfterEach
    void restore() {
        validation.cleanUp();
        previous.forEach(validation::setParameter);
        // A failed test must not leave its reservations to the next one; passing tests have released them all.
        jdbc.sql("delete from resource_reservation").update();
        jdbc.sql("update resource_pool set reserved = 0").update();
    }

    @Test
    void postingQuotesTheCostHoldsItInEscrowAndReservesNothingYet() {
        Participant employer = jobs.employer("res-quote.employer", "10000");
        ClientGraphQlResponse quote = jobs.http(employer).documentName("jobQuoteWithBudgets")
                .variable("reward", "1000").variable("energy", "20").variable("compute", "100").executeSync();
        assertThat(quote.getErrors()).isEmpty();
        assertThat(money(quote, "jobQuote.energyUnitPrice")).isEqualTo(Money.of(1));
        assertThat(money(quote, "jobQuote.computeUnitPrice")).isEqualTo(Money.of("0.1"));
        assertThat(money(quote, "jobQuote.resourceCost")).isEqualTo(COST);
        assertThat(money(quote, "jobQuote.escrow")).isEqualTo(ESCROW);

        String job = post(employer, "res-quote", "20", "100");

        Map<String, Object> read = job(employer, job);
        assertThat(Money.of((String) read.get("resourceCost"))).isEqualTo(COST);
        assertThat(Money.of((String) read.get("escrow"))).isEqualTo(ESCROW);
        assertThat(wallet(employer)).isEqualTo(Money.of(10000).minus(ESCROW));
        assertThat(escrow(job)).isEqualTo(ESCROW);
        assertThat(reserved(Resource.ENERGY)).isEqualByComparingTo("0");
        assertThat(reservationsOf(job)).isZero();
        validation.requireHealthyLedger();

        JobsFixture.requireNoErrors(jobs.cancel(employer, job, null), "cancelJob");
        assertThat(wallet(employer)).isEqualTo(Money.of(10000));
        assertThat(escrow(job)).isEqualTo(Money.ZERO);
        assertThat(jobs.balance(AccountRef.OPERATOR_POOL)).isEqualTo(operatorBefore);
        assertReleased(job);
        validation.requireHealthyLedger();
    }

    @Test
    void aSuccessfulSettlementPaysTheCostToTheOperatorPoolAndReleasesTheBudgets() {
        Delivered delivered = delivered("res-success");
        validation.vote(delivered.job, Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(settlement.endChallengeWindow(delivered.job)).isTrue();

        Map<String, Object> settled = (Map<String, Object>) job(delivered.employer, delivered.job).get("settlement");
        assertThat(settled).containsEntry("success", true);
        assertThat(Money.of((String) settled.get("resourcePayment"))).isEqualTo(COST);
        Money rewards = Money.of((String) settled.get("validatorRewards"));
        assertThat(rewards).isEqualTo(Money.of("79.999999999999999998"));
        assertThat(wallet(delivered.agent)).isEqualTo(Money.of(1000).minus(rewards));
        assertThat(wallet(delivered.employer)).isEqualTo(Money.of(10000).minus(ESCROW));
        assertPaidToOperator(delivered.job);
        assertReleased(delivered.job);
        validation.requireHealthyLedger();
    }

    @Test
    void aFailedSettlementStillPaysTheCostAndRefundsOnlyRewardAndFee() {
        Delivered delivered = delivered("res-failure");
        validation.vote(delivered.job, Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        assertThat(settlement.endChallengeWindow(delivered.job)).isTrue();

        Map<String, Object> settled = (Map<String, Object>) job(delivered.employer, delivered.job).get("settlement");
        assertThat(settled).containsEntry("success", false);
        assertThat(Money.of((String) settled.get("resourcePayment"))).isEqualTo(COST);
        Money rewards = Money.of((String) settled.get("validatorRewards"));
        Money refund = Money.of(1050).minus(rewards);
        assertThat(Money.of((String) settled.get("employerRefund"))).isEqualTo(refund);
        // The employer also gets half of the agent's slashed job stake of 1.
        assertThat(wallet(delivered.employer)).isEqualTo(Money.of(10000).minus(ESCROW).plus(refund)
                .plus(Money.of("0.5")));
        assertPaidToOperator(delivered.job);
        assertReleased(delivered.job);
        validation.requireHealthyLedger();
    }

    @Test
    void anExpiredJobRefundsTheCostToTheEmployerAndReleasesTheBudgets() {
        Participant employer = jobs.employer("res-expired.employer", "10000");
        Participant agent = jobs.agent("res-expired.agent", "100", "AI");
        String job = post(employer, "res-expired", "20", "100");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        assertReserved(job, "20", "100");

        clock.advance(Duration.ofDays(4));
        assertThat(expirer.expireIfDue(JobsFixture.uuid(job))).isEmpty();

        assertThat(jobs.state(job)).isEqualTo("EXPIRED");
        assertThat(wallet(employer)).isEqualTo(Money.of("10000.5"));
        assertThat(escrow(job)).isEqualTo(Money.ZERO);
        assertThat(jobs.balance(AccountRef.OPERATOR_POOL)).isEqualTo(operatorBefore);
        assertThat(transfers(job, "RESOURCE_PAYMENT")).isZero();
        assertReleased(job);
        validation.requireHealthyLedger();
    }

    @Test
    void aJobCancelledByProposalRefundsTheCostAndReleasesTheBudgets() {
        GovernanceFixture governance = new GovernanceFixture(participants, jdbc);
        try {
            List<Participant> owners = governance.council(3, 2);
            Participant employer = jobs.employer("res-proposal.employer", "10000");
            Participant agent = jobs.agent("res-proposal.agent", "100", "AI");
            String job = post(employer, "res-proposal", "20", "100");
            JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
            assertReserved(job, "20", "100");

            String proposal = governance.proposed(owners.get(0), Map.of("cancelJob", Map.of("job", job,
                    "reason", "the client went away")));
            ClientGraphQlResponse approved = governance.call("approveProposal", owners.get(1), proposal);
            assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");

            assertThat(jobs.state(job)).isEqualTo("CANCELLED");
            assertThat(wallet(employer)).isEqualTo(Money.of(10000));
            assertThat(escrow(job)).isEqualTo(Money.ZERO);
            assertThat(jobs.balance(new AccountRef(AccountKind.LOCKED_AGENT, agent.id()))).isEqualTo(Money.ZERO);
            assertThat(jobs.balance(AccountRef.OPERATOR_POOL)).isEqualTo(operatorBefore);
            assertReleased(job);
            validation.requireHealthyLedger();
        } finally {
            governance.restore();
        }
    }

    @Test
    void aRulingForTheAgentSettlesAsSuccessPaysTheCostAndReleasesTheBudgets() {
        Delivered delivered = delivered("res-agent-wins");
        validation.vote(delivered.job, Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        jobs.fund(delivered.agent.id(), Money.of(10));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.agent, delivered.job), "raiseDispute");
        assertReserved(delivered.job, "20", "100");
        Participant moderator = jobs.participant("res-agent-wins.moderator", "0", "moderator");

        JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered.job, "AGENT_WINS"), "resolveDispute");

        Map<String, Object> settled = (Map<String, Object>) job(delivered.employer, delivered.job).get("settlement");
        assertThat(settled).containsEntry("success", true);
        assertThat(Money.of((String) settled.get("resourcePayment"))).isEqualTo(COST);
        // The three wrong voters lose 5% of 100,000 each; the employer's half of those slashes is 7,500.
        assertThat(wallet(delivered.employer)).isEqualTo(Money.of(10000).minus(ESCROW).plus(Money.of(7500)));
        assertPaidToOperator(delivered.job);
        assertReleased(delivered.job);
        validation.requireHealthyLedger();
    }

    @Test
    void aRulingForTheEmployerSettlesAsFailurePaysTheCostAndReleasesTheBudgets() {
        Delivered delivered = delivered("res-employer-wins");
        validation.vote(delivered.job, Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.employer, delivered.job), "raiseDispute");
        Participant moderator = jobs.participant("res-employer-wins.moderator", "0", "moderator");

        JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered.job, "EMPLOYER_WINS"), "resolveDispute");

        Map<String, Object> settled = (Map<String, Object>) job(delivered.employer, delivered.job).get("settlement");
        assertThat(settled).containsEntry("success", false);
        assertThat(Money.of((String) settled.get("resourcePayment"))).isEqualTo(COST);
        // Nobody voted on the outcome side: reward and fee come back whole, the resource cost does not.
        assertThat(Money.of((String) settled.get("employerRefund"))).isEqualTo(Money.of(1050));
        assertPaidToOperator(delivered.job);
        assertReleased(delivered.job);
        validation.requireHealthyLedger();
    }

    @Test
    void aBudgetOverWhatIsAvailableIsRefusedAtPostingAndNothingChanges() {
        Participant employer = jobs.employer("res-over.employer", "10000");
        Map<String, Object> input = jobs.jobInput("res-over", "1000");
        input.put("energyBudget", "100.000000000000000001");
        input.put("computeBudget", "100");

        ClientGraphQlResponse refused = jobs.createJob(employer, input);

        assertThat(JobsFixture.errors(refused, "createJob")).singleElement()
                .satisfies(error -> {
                    assertThat(error.code()).isEqualTo("RESOURCE_UNAVAILABLE");
                    assertThat(error.field()).isEqualTo("input.energyBudget");
                });
        assertThat((Object) refused.field("createJob.job").getValue()).isNull();
        assertThat(wallet(employer)).isEqualTo(Money.of(10000));
        assertThat(jobs.count("select count(*) from job where title = 'res-over'", Map.of())).isZero();

        ClientGraphQlResponse quote = jobs.http(employer).documentName("jobQuoteWithBudgets")
                .variable("reward", "1000").variable("compute", "1000.1").executeSync();
        assertThat(quote.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("code", "RESOURCE_UNAVAILABLE").containsEntry("field", "computeBudget"));
    }

    @Test
    void anApplyThatWouldPassCapacityIsRefusedAndNothingChangesWhileLaterPostingsPayScarcity() {
        Participant employer = jobs.employer("res-apply.employer", "10000");
        Participant first = jobs.agent("res-apply.first", "100", "AI");
        Participant second = jobs.agent("res-apply.second", "100", "AI");
        String taken = post(employer, "res-apply-taken", "60", null);
        String waiting = post(employer, "res-apply-waiting", "60", null);
        JobsFixture.requireNoErrors(jobs.apply(first, taken), "applyForJob");
        Money walletBefore = wallet(employer);

        ClientGraphQlResponse refused = jobs.apply(second, waiting);

        assertThat(JobsFixture.errors(refused, "applyForJob")).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("RESOURCE_UNAVAILABLE");
            assertThat(error.field()).isEqualTo("input.jobId");
        });
        assertThat(jobs.state(waiting)).isEqualTo("CREATED");
        assertThat(jobs.balance(new AccountRef(AccountKind.LOCKED_AGENT, second.id()))).isEqualTo(Money.ZERO);
        assertThat(reservationsOf(waiting)).isZero();
        assertThat(wallet(employer)).isEqualTo(walletBefore);

        // 60 of 100 reserved: energy costs 1 * (1 + 60 / 100) = 1.6 a unit now.
        List<Map<String, Object>> levels = jobs.http(second).documentName("resourcePool").executeSync()
                .field("resourcePool").toEntity(List.class);
        assertThat(levels).extracting(level -> level.get("resource")).containsExactly("ENERGY", "COMPUTE");
        assertThat(levels.getFirst()).containsEntry("capacity", "100").containsEntry("reserved", "60")
                .containsEntry("available", "40");
        assertThat(Money.of((String) levels.getFirst().get("unitPrice"))).isEqualTo(Money.of("1.6"));
        assertThat(Money.of((String) levels.getFirst().get("basePrice"))).isEqualTo(Money.of(1));
        assertThat(levels.get(1)).containsEntry("reserved", "0").containsEntry("available", "1000");
        assertThat(Money.of((String) levels.get(1).get("unitPrice"))).isEqualTo(Money.of("0.1"));
        String scarce = post(employer, "res-apply-scarce", "10", null);
        assertThat(Money.of((String) job(employer, scarce).get("resourceCost"))).isEqualTo(Money.of(16));
        assertThat(wallet(employer)).isEqualTo(walletBefore.minus(Money.of(1066)));
        validation.requireHealthyLedger();

        JobsFixture.requireNoErrors(jobs.cancel(employer, waiting, null), "cancelJob");
        JobsFixture.requireNoErrors(jobs.cancel(employer, scarce, null), "cancelJob");
        clock.advance(Duration.ofDays(4));
        expirer.expireIfDue(JobsFixture.uuid(taken));
        assertReleased(taken);
        validation.requireHealthyLedger();
    }

    @Test
    void concurrentAppliesNeverReserveMoreThanTheCapacity() throws Exception {
        Participant employer = jobs.employer("res-race.employer", "100000");
        List<String> posted = IntStream.range(0, 8).mapToObj(i -> post(employer, "res-race-" + i, "30", null)).toList();
        List<Participant> agents = IntStream.range(0, 8).mapToObj(i -> jobs.agent("res-race.agent" + i, "100", "AI"))
                .toList();

        List<ClientGraphQlResponse> responses = all(IntStream.range(0, 8)
                .<Callable<ClientGraphQlResponse>>mapToObj(i -> () -> jobs.apply(agents.get(i), posted.get(i))).toList());

        List<String> assigned = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            assertThat(responses.get(i).getErrors()).isEmpty();
            List<Refusal> errors = JobsFixture.errors(responses.get(i), "applyForJob");
            if (errors.isEmpty()) {
                assigned.add(posted.get(i));
            } else {
                refusals.add(errors.getFirst().code());
            }
        }
        assertThat(assigned).hasSize(3);
        assertThat(refusals).hasSize(5).containsOnly("RESOURCE_UNAVAILABLE");
        assertThat(reserved(Resource.ENERGY)).isEqualByComparingTo("90");
        assertThat(jobs.count("select count(*) from resource_reservation where resource = 'ENERGY'", Map.of()))
                .isEqualTo(3);

        clock.advance(Duration.ofDays(4));
        assigned.forEach(job -> expirer.expireIfDue(JobsFixture.uuid(job)));
        assertThat(reserved(Resource.ENERGY)).isEqualByComparingTo("0");
        validation.requireHealthyLedger();
    }

    @Test
    void capacitiesChangeOnlyByAnExecutedProposalWithinTheirBounds() {
        GovernanceFixture governance = new GovernanceFixture(participants, jdbc);
        try {
            List<Participant> owners = governance.council(3, 2);
            ClientGraphQlResponse negative = TestDocuments.http(jobs.port(), owners.get(0).token())
                    .documentName("proposeChange").variable("input", Map.of("reason", "less than nothing",
                            "actions", List.of(GovernanceFixture.setParameter(Parameter.ENERGY_CAPACITY, "-1"))))
                    .executeSync();
            assertThat(negative.field("proposeChange.userErrors").toEntity(List.class)).singleElement()
                    .satisfies(error -> assertThat((Map<String, Object>) error).containsEntry("code", "INVALID_INPUT"));

            String proposal = governance.proposed(owners.get(0),
                    GovernanceFixture.setParameter(Parameter.ENERGY_CAPACITY, "250.5"));
            governance.call("approveProposal", owners.get(1), proposal);
            assertThat(level(owners.get(0), 0)).containsEntry("capacity", "100");
            clock.advance(Duration.ofHours(24));
            ClientGraphQlResponse executed = governance.call("executeProposal", owners.get(2), proposal);

            assertThat(executed.field("executeProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");
            assertThat(level(owners.get(0), 0)).containsEntry("capacity", "250.5").containsEntry("available", "250.5");
        } finally {
            governance.restore();
        }
    }

    private Map<String, Object> level(Participant reader, int index) {
        List<Map<String, Object>> levels = jobs.http(reader).documentName("resourcePool").executeSync()
                .field("resourcePool").toEntity(List.class);
        return levels.get(index);
    }

    private record Delivered(Participant employer, Participant agent, String job) {
    }

    /** A job with the standard budgets posted, taken (budgets reserved) and delivered: validation has started. */
    private Delivered delivered(String name) {
        Participant employer = jobs.employer(name + ".employer", "10000");
        Participant agent = jobs.agent(name + ".agent", "100", "AI");
        String job = post(employer, name, "20", "100");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        assertReserved(job, "20", "100");
        JobsFixture.requireNoErrors(jobs.submit(agent, job, "ab".repeat(32), null), "submitResult");
        assertReserved(job, "20", "100");
        return new Delivered(employer, agent, job);
    }

    private String post(Participant employer, String title, String energy, String compute) {
        Map<String, Object> input = jobs.jobInput(title, "1000");
        if (energy != null) {
            input.put("energyBudget", energy);
        }
        if (compute != null) {
            input.put("computeBudget", compute);
        }
        ClientGraphQlResponse response = jobs.createJob(employer, input);
        JobsFixture.requireNoErrors(response, "createJob");
        return response.field("createJob.job.id").toEntity(String.class);
    }

    private void assertReserved(String job, String energy, String compute) {
        assertThat(held(job, Resource.ENERGY)).isEqualByComparingTo(energy);
        assertThat(held(job, Resource.COMPUTE)).isEqualByComparingTo(compute);
        assertThat(reserved(Resource.ENERGY)).isEqualByComparingTo(energy);
        assertThat(reserved(Resource.COMPUTE)).isEqualByComparingTo(compute);
    }

    private void assertReleased(String job) {
        assertThat(reservationsOf(job)).isZero();
        assertThat(reserved(Resource.ENERGY)).isEqualByComparingTo("0");
        assertThat(reserved(Resource.COMPUTE)).isEqualByComparingTo("0");
    }

    private void assertPaidToOperator(String job) {
        assertThat(escrow(job)).isEqualTo(Money.ZERO);
        assertThat(jobs.balance(AccountRef.OPERATOR_POOL)).isEqualTo(operatorBefore.plus(COST));
        assertThat(transfers(job, "RESOURCE_PAYMENT")).isEqualTo(1);
    }

    private Map<String, Object> job(Participant reader, String job) {
        return jobs.http(reader).documentName("resourceJob").variable("id", job).executeSync().field("job")
                .toEntity(Map.class);
    }

    private BigDecimal reserved(Resource resource) {
        return jdbc.sql("select reserved from resource_pool where resource = :r").param("r", resource.name())
                .query(BigDecimal.class).single();
    }

    private BigDecimal held(String job, Resource resource) {
        return jdbc.sql("select coalesce(sum(amount), 0) from resource_reservation where job_id = :job and resource = :r")
                .param("job", JobsFixture.uuid(job)).param("r", resource.name()).query(BigDecimal.class).single();
    }

    private long reservationsOf(String job) {
        return jobs.count("select count(*) from resource_reservation where job_id = :job",
                Map.of("job", JobsFixture.uuid(job)));
    }

    private long transfers(String job, String reason) {
        return jobs.count("select count(*) from ledger_transfer where reference = :ref and reason = :reason",
                Map.of("ref", JobsFixture.uuid(job).toString(), "reason", reason));
    }

    private Money escrow(String job) {
        return jobs.balance(AccountRef.escrow(JobsFixture.uuid(job)));
    }

    private Money wallet(Participant actor) {
        return jobs.balance(AccountRef.wallet(actor.id()));
    }

    private static Money money(ClientGraphQlResponse response, String path) {
        return Money.of(response.field(path).toEntity(String.class));
    }

    private static List<ClientGraphQlResponse> all(List<Callable<ClientGraphQlResponse>> calls) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.size())) {
            List<Future<ClientGraphQlResponse>> futures = threads.invokeAll(calls);
            List<ClientGraphQlResponse> responses = new ArrayList<>();
            for (Future<ClientGraphQlResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
