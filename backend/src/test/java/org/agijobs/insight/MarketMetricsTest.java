package org.agijobs.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
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

/**
 * The Prometheus scrape on the management port, over HTTP as Prometheus reads it: the market's counters move by
 * exactly what a scripted market did (the context is shared, so each figure is a difference of two scrapes), and
 * the public port serves no actuator scrape at all.
 */
@ApiTest
class MarketMetricsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;
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
        Scrape before = scrape();

        // A success (reward 1,000), a failure (the agent's job stake of 1 slashed) and a dispute the employer wins
        // (three members slashed 5,000 each and the agent 1): the figures KpisTest works out by hand.
        Delivered success = validation.delivered("metrics-success", "1000");
        validation.vote(success.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(settlement.endChallengeWindow(success.job())).isTrue();
        Delivered failure = validation.delivered("metrics-failure", "1000");
        validation.vote(failure.job(), Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        assertThat(settlement.endChallengeWindow(failure.job())).isTrue();
        Participant moderator = jobs.participant("metrics.moderator", "0", "moderator");
        Delivered disputed = validation.delivered("metrics-disputed", "1000");
        validation.vote(disputed.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(disputed.employer(), disputed.job()), "raiseDispute");
        JobsFixture.requireNoErrors(disputes.resolve(moderator, disputed.job(), "EMPLOYER_WINS"), "resolveDispute");
        validation.advance(Duration.ofSeconds(1));

        Scrape after = scrape();
        assertThat(after.minus(before, "agijobs_jobs_posted_total")).isEqualTo(3);
        assertThat(after.minus(before, "agijobs_jobs_settled_total{outcome=\"success\"}")).isEqualTo(1);
        assertThat(after.minus(before, "agijobs_jobs_settled_total{outcome=\"failure\"}")).isEqualTo(2);
        assertThat(after.minus(before, "agijobs_disputes_total")).isEqualTo(1);
        assertThat(after.minus(before, "agijobs_gmv_total")).isEqualTo(1000);
        assertThat(after.minus(before, "agijobs_slashed_total")).isEqualTo(15002);
        // The raiseDispute and resolveDispute mutations went over HTTP GraphQL.
        assertThat(after.sum("graphql_request_seconds_count")).isGreaterThanOrEqualTo(2 + before.sum("graphql_request_seconds_count"));
    }

    @Test
    void healthNeedsNoTokenOnTheManagementPort() throws Exception {
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicPortServesNoScrape() throws Exception {
        assertThat(get(serverPort, "/actuator/prometheus").statusCode()).isEqualTo(401);
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

        double minus(Scrape earlier, String series) {
            return value(series) - earlier.value(series);
        }
    }
}
