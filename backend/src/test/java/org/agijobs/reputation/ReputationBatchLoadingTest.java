package org.agijobs.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** A page of jobs with each employer's reputation costs the same statements for 2 employers as for 6. */
@ApiTest
class ReputationBatchLoadingTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    StatementCounter statements;

    @Test
    void aPageOfParticipantsLoadsTheirReputationsInOneBatch() {
        String skill = "rep-batch-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            Participant employer = fixture.employer("rep.batch" + i, "0");
            fixture.fund(employer.id(), Money.of("10.5"));
            fixture.postJob(employer, "Batch " + i, "10", skill);
        }
        Participant reader = fixture.participant("rep.batch.reader", "0", "integrator");

        page(reader, 6, skill);
        long forTwo = statementsFor(() -> page(reader, 2, skill));
        long forSix = statementsFor(() -> {
            List<Map<String, Object>> edges = page(reader, 6, skill).field("jobs.edges").getValue();
            assertThat(edges).hasSize(6).allSatisfy(edge -> assertThat(edge.toString())
                    .contains("reputation={agent=0, validator=0, employerSettledJobs=0, employerScore=null}"));
        });

        assertThat(forSix).isEqualTo(forTwo);
    }

    private ClientGraphQlResponse page(Participant reader, int first, String skill) {
        return fixture.http(reader).documentName("jobsWithReputation").variable("first", first)
                .variable("filter", Map.of("skill", skill)).executeSync();
    }

    private long statementsFor(Runnable request) {
        long before = statements.count();
        request.run();
        return statements.count() - before;
    }
}
