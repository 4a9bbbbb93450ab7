package org.agijobs.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.insight.internal.TreasuryGauges;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Prometheus scrape on the management port, over HTTP as Prometheus reads it: the market's counters move by
 * exactly what a scripted market did (the context is shared, so each figure is a difference of two scrapes), the
 * cost counters add up to the KPI's cost, the treasury gauges show the KPI's figures once refreshed, and the public
 * port serves no actuator scrape at all.
 */
@ApiTest
class MarketMetricsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> RESOURCE_PRICES = Map.of("ENERGY_CAPACITY", "100", "COMPUTE_CAPACITY",
            "1000", "ENERGY_BASE_PRICE", "1", "COMPUTE_BASE_PRICE", "0.1");
    private static final String KPIS = """
            query($from: DateTime!, $to: DateTime!) { kpis(from: $from, to: $to) {
              cost utility treasuryBalance ownerTake } }
            """;
    private static final String CREDIT = """
            mutation($amount: Money!) { creditTreasury(input: { amount: $amount }) { userErrors { code } } }
            """;

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;
    @Autowired
    TreasuryGauges treasury;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.management.port}")
    int managementPort;
    @Value("${local.server.port}")
    int serverPort;

    private java.util.List<Participant> pool;

    @BeforeEach
    void isolatedPool() {
        validation.isolate();
        pool = validation.pool("metrics.validator", 3);
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void countersMoveByWhatTheMarketDidAndGraphqlRequestsAreTimed() throws Exception {
        Participant owner = jobs.participant("metrics.owner", "0", "owner");
        treasury.refresh();
        Scrape before = scrape();
        Instant from = jobs.now();

        // A success (reward 1,000), a failure (the agent's job stake of 1 slashed) and a dispute the employer wins
        // (three members slashed 5,000 each and the agent 1): the figures KpisTest works out by hand.
        Delivered success = validation.delivered("metrics-success", "1000");
        validation.vote(success.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(settlement.endChallengeWindow(success.job())).isTrue();
        Delivered failure = validation.delivered("metrics-failure", "1000");
        validation.vote(failure.job(), Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        assertThat(settlement.endChallengeWindow(failure.job())).isTrue();
        // A success with budgets of 20 energy and 100 compute at 1 and 0.1 a unit, nothing else reserved: 30 to
        // the operator pool, as ResourceReservationTest works out. Before the dispute, whose slashes leave the
        // pool's members below the stake a committee seat needs.
        withParameters(RESOURCE_PRICES, () -> {
            Delivered budgeted = deliveredWithBudgets("metrics-resources");
            validation.vote(budgeted.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
            assertThat(settlement.endChallengeWindow(budgeted.job())).isTrue();
        });
        Participant moderator = jobs.participant("metrics.moderator", "0", "moderator");
        Delivered disputed = validation.delivered("metrics-disputed", "1000");
        validation.vote(disputed.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(disputed.employer(), disputed.job()), "raiseDispute");
        JobsFixture.requireNoErrors(disputes.resolve(moderator, disputed.job(), "EMPLOYER_WINS"), "resolveDispute");
        validation.advance(Duration.ofSeconds(1));
        Instant to = jobs.now();
        treasury.refresh();

        Scrape after = scrape();
        assertThat(after.minus(before, "agijobs_jobs_posted_total")).isEqualTo(4);
        assertThat(after.minus(before, "agijobs_jobs_settled_total{outcome=\"success\"}")).isEqualTo(2);
        assertThat(after.minus(before, "agijobs_jobs_settled_total{outcome=\"failure\"}")).isEqualTo(2);
        assertThat(after.minus(before, "agijobs_disputes_total")).isEqualTo(1);
        assertThat(after.minus(before, "agijobs_gmv_total")).isEqualTo(2000);
        assertThat(after.minus(before, "agijobs_slashed_total")).isEqualTo(15002);

        // Cost: three committees of three share 80 each (79.999999999999999998 after rounding down), the two
        // successes burn 0.5 of their fee each, and the budgeted job pays 30. Each component is what the ledger
        // moved for its reason; together they are the KPI's cost. A sample is a double, hence the tolerance.
        Map<String, String> kpis = kpis(owner, from, to);
        assertThat(kpis.get("cost")).isEqualTo("270.999999999999999994");
        Map<String, String> reasons = Map.of("validator_rewards", "VALIDATOR_REWARD", "burns", "FEE_BURN",
                "resources", "RESOURCE_PAYMENT");
        double costs = 0;
        for (Map.Entry<String, String> component : reasons.entrySet()) {
            double counted = after.minus(before, "agijobs_cost_total{component=\"" + component.getKey() + "\"}");
            assertThat(counted).as(component.getKey()).isCloseTo(moved(component.getValue(), from, to).doubleValue(),
                    within(1e-9));
            costs += counted;
        }
        assertThat(moved("RESOURCE_PAYMENT", from, to)).isEqualByComparingTo("30");
        assertThat(moved("FEE_BURN", from, to)).isEqualByComparingTo("1");
        assertThat(costs).isCloseTo(new BigDecimal(kpis.get("cost")).doubleValue(), within(1e-9));
        // Utility as the README's PromQL derives it: GMV less cost.
        assertThat(after.minus(before, "agijobs_gmv_total") - costs)
                .isCloseTo(new BigDecimal(kpis.get("utility")).doubleValue(), within(1e-9));

        // The gauges after a refresh: the treasury's balance as the KPI states it, and the owners' take grown by
        // the period's (7,501: half of every slash).
        assertThat(after.value("agijobs_treasury_balance"))
                .isEqualTo(new BigDecimal(kpis.get("treasuryBalance")).doubleValue());
        assertThat(after.minus(before, "agijobs_owner_take")).isCloseTo(7501, within(1e-6));
        assertThat(kpis.get("ownerTake")).isEqualTo("7501");
        // Root fields are timed, nested ones (a payload's job, its id) are not: FieldTimingConfiguration.
        assertThat(after.sum("graphql_datafetcher_seconds_count", "graphql_field_name=\"raiseDispute\""))
                .isGreaterThanOrEqualTo(1 + before.sum("graphql_datafetcher_seconds_count",
                        "graphql_field_name=\"raiseDispute\""));
        assertThat(after.sum("graphql_datafetcher_seconds_count", "graphql_field_name=\"id\"")).isZero();
        // The raiseDispute and resolveDispute mutations went over HTTP GraphQL.
        assertThat(after.sum("graphql_request_seconds_count")).isGreaterThanOrEqualTo(2 + before.sum("graphql_request_seconds_count"));
    }

    @Test
    void theTreasuryGaugesMoveOnlyWhenRefreshedAndACreditIsNoTake() throws Exception {
        treasury.refresh();
        Scrape before = scrape();
        Participant owner = jobs.participant("metrics.credit.owner", "0", "owner");
        JobsFixture.requireNoErrors(jobs.http(owner).document(CREDIT).variable("amount", "25").executeSync(),
                "creditTreasury");

        assertThat(scrape().value("agijobs_treasury_balance")).isEqualTo(before.value("agijobs_treasury_balance"));
        treasury.refresh();
        Scrape after = scrape();
        assertThat(after.minus(before, "agijobs_treasury_balance")).isCloseTo(25, within(1e-6));
        assertThat(after.minus(before, "agijobs_owner_take")).isZero();
    }

    @Test
    void healthNeedsNoTokenOnTheManagementPort() throws Exception {
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicPortServesNoScrape() throws Exception {
        assertThat(get(serverPort, "/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    private Map<String, String> kpis(Participant owner, Instant from, Instant to) {
        return jobs.http(owner).document(KPIS).variable("from", from.toString()).variable("to", to.toString())
                .executeSync().field("kpis").toEntity(Map.class);
    }

    /** What the ledger moved for {@code reason} in [from, to), by the KPI's own view. */
    private BigDecimal moved(String reason, Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from insight_ledger_flow
                where reason = :reason and created_at >= :from and created_at < :to
                """).param("reason", reason).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(BigDecimal.class).single();
    }

    private Delivered deliveredWithBudgets(String name) {
        Participant employer = jobs.employer(name + ".employer", "10000");
        Participant agent = jobs.agent(name + ".agent", "100", "AI");
        Map<String, Object> input = jobs.jobInput(name, "1000");
        input.put("energyBudget", "20");
        input.put("computeBudget", "100");
        ClientGraphQlResponse created = jobs.createJob(employer, input);
        JobsFixture.requireNoErrors(created, "createJob");
        String job = created.field("createJob.job.id").toEntity(String.class);
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        JobsFixture.requireNoErrors(jobs.submit(agent, job, "ab".repeat(32), null), "submitResult");
        return new Delivered(employer, agent, job);
    }

    /** Runs {@code work} with every parameter of {@code settings} set, each restored afterwards. */
    private void withParameters(Map<String, String> settings, Runnable work) {
        Runnable nested = work;
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            Runnable inner = nested;
            nested = () -> jobs.withParameter(setting.getKey(), setting.getValue(), inner);
        }
        nested.run();
    }

    private Scrape scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        return new Scrape(response.body());
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One text exposition: each sample line is "name{labels} value". */
    private record Scrape(String text) {

        double value(String series) {
            return text.lines().filter(line -> !line.startsWith("#"))
                    .filter(line -> line.substring(0, line.lastIndexOf(' ')).equals(series))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .findFirst().orElseThrow(() -> new AssertionError("No series " + series + " in\n" + text));
        }

        /** Every series of a name, whatever its labels (the graphql timer is tagged by outcome and operation). */
        double sum(String name) {
            return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }

        /** Every series of a name whose labels include {@code label} (for instance {@code outcome="success"}). */
        double sum(String name, String label) {
            return text.lines().filter(line -> line.startsWith(name + "{"))
                    .filter(line -> line.substring(0, line.indexOf('}')).contains(label))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }

        double minus(Scrape earlier, String series) {
            return value(series) - earlier.value(series);
        }
    }
}
