package org.agijobs.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scripted market of three jobs with the default parameters (reward 1,000, fee 50, validator reward 80, burn 1%
 * of the fee, job stake 1, validator slash 5% of 100,000, slash split 50/50 employer/treasury), and every KPI
 * checked against the figures worked out by hand in each test's comments.
 */
@ApiTest
class KpisTest {

    private static final String KPIS = """
            query($from: DateTime!, $to: DateTime!) { kpis(from: $from, to: $to) {
              gmv cost utility settledCount successCount disputedCount acceptanceRate disputeRate
              p50SettlementSeconds p95SettlementSeconds slashed treasuryBalance ownerTake
              guardrails { pauseLevel ledgerHealthy parametersAtBound } } }
            """;

    private static final String SERIES = """
            query($from: DateTime!, $to: DateTime!, $bucket: KpiBucket!) {
              kpiSeries(from: $from, to: $to, bucket: $bucket) { start gmv cost utility settledCount } }
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
    JdbcClient jdbc;

    private List<Participant> pool;

    @BeforeEach
    void isolatedPool() {
        validation.isolate();
        pool = validation.pool("kpi.validator", 3);
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void eachFigureOfASuccessAFailureAndALostDisputeMatchesTheHandComputedValue() {
        Participant owner = jobs.participant("kpi.owner", "0", "owner");
        Participant integrator = jobs.participant("kpi.integrator", "0", "integrator");
        Instant from = jobs.now();

        // Success: the agent gets the reward; three members share 80 (26.666666666666666666 each); 0.5 of the fee burns.
        Delivered success = validation.delivered("kpi-success", "1000");
        validation.vote(success.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(settlement.endChallengeWindow(success.job())).isTrue();
        // Failure: the members share 80 as well; the agent's job stake of 1 is slashed, 0.5 to the treasury.
        Delivered failure = validation.delivered("kpi-failure", "1000");
        validation.vote(failure.job(), Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        assertThat(settlement.endChallengeWindow(failure.job())).isTrue();
        // A dispute the employer wins: the whole escrow back, no rewards or burn; three members slashed 5,000 each
        // and the agent 1, half of it (7,500.5) to the treasury.
        Participant moderator = jobs.participant("kpi.moderator", "0", "moderator");
        Delivered disputed = validation.delivered("kpi-disputed", "1000");
        validation.vote(disputed.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(disputed.employer(), disputed.job()), "raiseDispute");
        JobsFixture.requireNoErrors(disputes.resolve(moderator, disputed.job(), "EMPLOYER_WINS"), "resolveDispute");
        validation.advance(Duration.ofSeconds(1));
        Instant to = jobs.now();

        Map<String, Object> kpis = kpis(owner, from, to).field("kpis").toEntity(Map.class);

        assertThat(kpis.get("gmv")).isEqualTo("1000");
        // 2 x 79.999999999999999998 in rewards + 0.5 burned.
        assertThat(kpis.get("cost")).isEqualTo("160.499999999999999996");
        assertThat(kpis.get("utility")).isEqualTo("839.500000000000000004");
        assertThat(kpis.get("settledCount")).isEqualTo(3);
        assertThat(kpis.get("successCount")).isEqualTo(1);
        assertThat(kpis.get("disputedCount")).isEqualTo(1);
        assertThat(kpis.get("acceptanceRate")).isEqualTo("0.333333");
        assertThat(kpis.get("disputeRate")).isEqualTo("0.333333");
        List<BigDecimal> times = settlementSeconds(success, failure, disputed);
        // Nearest rank of three sorted values: the 2nd for p50 (ceil(1.5)), the 3rd for p95 (ceil(2.85)).
        assertThat(new BigDecimal((String) kpis.get("p50SettlementSeconds"))).isEqualByComparingTo(times.get(1));
        assertThat(new BigDecimal((String) kpis.get("p95SettlementSeconds"))).isEqualByComparingTo(times.get(2));
        assertThat(kpis.get("slashed")).isEqualTo("15002");
        assertThat(kpis.get("ownerTake")).isEqualTo("7501");
        assertThat(Money.of((String) kpis.get("treasuryBalance"))).isEqualTo(validation.balance(AccountRef.TREASURY));
        assertThat(kpis.get("guardrails")).isEqualTo(Map.of("pauseLevel", "NONE", "ledgerHealthy", true,
                "parametersAtBound", List.of()));

        List<Map<String, Object>> series = jobs.http(owner).document(SERIES).variable("from", from.toString())
                .variable("to", to.toString()).variable("bucket", "DAY").executeSync().field("kpiSeries").toEntity(List.class);
        Instant firstDay = from.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        long days = Duration.between(firstDay, to.minusNanos(1000).truncatedTo(java.time.temporal.ChronoUnit.DAYS)).toDays() + 1;
        assertThat(series).hasSize((int) days);
        assertThat(series.getFirst().get("start")).isEqualTo(firstDay.toString());
        assertThat(series.stream().map(p -> Money.of((String) p.get("gmv"))).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.of("1000"));
        assertThat(series.stream().map(p -> Money.of((String) p.get("cost"))).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.of("160.499999999999999996"));
        assertThat(series.stream().mapToInt(p -> (Integer) p.get("settledCount")).sum()).isEqualTo(3);
        series.forEach(p -> assertThat(Money.of((String) p.get("utility")))
                .isEqualTo(Money.of((String) p.get("gmv")).minus(Money.of((String) p.get("cost")))));

        validation.setParameter("MIN_STAKE_VALIDATOR", "1000000000");
        assertThat(kpis(owner, from, to).field("kpis.guardrails.parametersAtBound").toEntity(List.class))
                .isEqualTo(List.of("MIN_STAKE_VALIDATOR"));

        Map<String, Object> asIntegrator = kpis(integrator, from, to).field("kpis").toEntity(Map.class);
        assertThat(asIntegrator.get("gmv")).isEqualTo("1000");
        assertThat(((Map<?, ?>) asIntegrator.get("guardrails")).get("ledgerHealthy")).isNull();
    }

    @Test
    void anEmptyPeriodHasZeroMoneyAndNoRates() {
        Participant owner = jobs.participant("kpi.empty.owner", "0", "owner");
        Instant from = Instant.parse("2000-01-01T00:00:00Z");
        Map<String, Object> kpis = kpis(owner, from, from.plus(Duration.ofDays(1))).field("kpis").toEntity(Map.class);
        assertThat(kpis.get("gmv")).isEqualTo("0");
        assertThat(kpis.get("cost")).isEqualTo("0");
        assertThat(kpis.get("settledCount")).isEqualTo(0);
        assertThat(kpis.get("acceptanceRate")).isNull();
        assertThat(kpis.get("p50SettlementSeconds")).isNull();
        assertThat(kpis.get("treasuryBalance")).isEqualTo("0");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrSpansOverAYearIsInvalidInput() {
        Participant owner = jobs.participant("kpi.bad.owner", "0", "owner");
        Instant now = jobs.now();
        assertInvalid(kpis(owner, now, now));
        assertInvalid(kpis(owner, now, now.minusSeconds(1)));
        assertInvalid(kpis(owner, now, now.plus(Duration.ofDays(367))));
        ClientGraphQlResponse tooManyPoints = jobs.http(owner).document(SERIES).variable("from", now.toString())
                .variable("to", now.plus(Duration.ofDays(42)).toString()).variable("bucket", "HOUR").executeSync();
        assertThat(tooManyPoints.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "bucket"));
    }

    @Test
    void anEmployerMayNotReadTheKpis() {
        Participant employer = jobs.participant("kpi.nosy.employer", "0", "employer");
        ClientGraphQlResponse response = kpis(employer, jobs.now().minusSeconds(60), jobs.now());
        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    private ClientGraphQlResponse kpis(Participant caller, Instant from, Instant to) {
        return jobs.http(caller).document(KPIS).variable("from", from.toString()).variable("to", to.toString())
                .executeSync();
    }

    private static void assertInvalid(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT");
        });
        ClientResponseField field = response.field("kpis");
        Object value = field.getValue();
        assertThat(value).isNull();
    }

    private List<BigDecimal> settlementSeconds(Delivered... delivered) {
        return java.util.Arrays.stream(delivered).map(d -> jdbc.sql("""
                select extract(epoch from s.settled_at - j.created_at) from job_settlement s join job j on j.id = s.job_id
                where s.job_id = :job""").param("job", JobsFixture.uuid(d.job())).query(BigDecimal.class).single())
                .sorted().toList();
    }
}
