package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** What an employer's dashboard and job form read before anything is posted: counts per state and the fee preview. */
@ApiTest
class JobDashboardQueriesTest {

    @Autowired
    JobsFixture fixture;

    @Test
    void countsAnEmployersJobsPerStateWithEveryStateListed() {
        Participant employer = fixture.employer("dashboard.employer", "1000");
        Participant agent = fixture.agent("dashboard.agent", "100", "AI");
        fixture.postJob(employer, "Open one", "10");
        fixture.postJob(employer, "Open two", "10");
        String taken = fixture.postJob(employer, "Taken", "10");
        JobsFixture.requireNoErrors(fixture.apply(agent, taken), "applyForJob");
        fixture.cancel(employer, fixture.postJob(employer, "Withdrawn", "10"), "changed my mind");

        var response = fixture.http(employer).documentName("jobCounts")
                .variable("filter", Map.of("employer", employer.globalId())).executeSync();

        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> counts = response.field("jobCounts").getValue();
        assertThat(counts).extracting(row -> row.get("state")).containsExactly("CREATED", "ASSIGNED", "SUBMITTED",
                "VALIDATING", "COMPLETED", "FINALIZED", "DISPUTED", "CANCELLED", "EXPIRED");
        assertThat(counts).extracting(row -> row.get("count")).containsExactly(2, 1, 0, 0, 0, 0, 0, 1, 0);

        var stateFiltered = fixture.http(employer).documentName("jobCounts")
                .variable("filter", Map.of("employer", employer.globalId(), "state", "ASSIGNED")).executeSync();
        List<Map<String, Object>> onlyAssigned = stateFiltered.field("jobCounts").getValue();
        assertThat(onlyAssigned).extracting(row -> row.get("count")).containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void theQuoteIsWhatPostingTheJobThenHoldsInEscrow() {
        Participant employer = fixture.employer("quote.employer", "1000");

        var quote = fixture.http(employer).documentName("jobQuote").variable("reward", "123.45").executeSync();
        String job = fixture.postJob(employer, "Quoted", "123.45");
        var posted = fixture.http(employer).documentName("jobFees").variable("id", job).executeSync();

        assertThat(quote.getErrors()).isEmpty();
        assertThat(money(quote, "jobQuote.reward")).isEqualTo(Money.of("123.45"));
        assertThat(money(quote, "jobQuote.fee")).isEqualTo(money(posted, "job.fee"));
        assertThat(money(quote, "jobQuote.escrow")).isEqualTo(money(posted, "job.escrow"))
                .isEqualTo(Money.of("123.45").plus(money(posted, "job.fee")));
        assertThat(quote.field("jobQuote.feeBps").toEntity(Integer.class))
                .isEqualTo(posted.field("job.feeBps").toEntity(Integer.class)).isPositive();
        assertThat(quote.field("jobQuote.validatorRewardBps").toEntity(Integer.class))
                .isEqualTo(posted.field("job.validatorRewardBps").toEntity(Integer.class));
        assertThat(fixture.balance(AccountRef.wallet(employer.id())))
                .isEqualTo(Money.of(1000).minus(money(posted, "job.escrow")));
    }

    @Test
    void aRewardThatCouldNotBePostedGetsTheSameTypedRefusalAsPosting() {
        Participant employer = fixture.employer("quote.refused", "1000");

        for (String reward : List.of("0", "-5", "1000000000000")) {
            var response = fixture.http(employer).documentName("jobQuote").variable("reward", reward).executeSync();
            assertThat(response.getErrors()).as(reward).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT").containsEntry("field", "reward");
            });
        }
    }

    private static Money money(ClientGraphQlResponse response, String path) {
        return Money.of(response.field(path).toEntity(String.class));
    }
}
