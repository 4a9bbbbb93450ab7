package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * A page of jobs with each job's employer, agent, parent and children costs the same number of SQL statements
 * whether it holds 30 jobs or 50: every parent-to-child field is batch-loaded. (The 26 newest jobs are unassigned
 * sub-jobs, so both pages include jobs with and without agents, parents and children.)
 */
@ApiTest
class JobBatchLoadingTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    StatementCounter statements;

    @Test
    void aPageOfFiftyJobsWithTheirRelationsCostsNoMoreStatementsThanAPageOfThirty() {
        String skill = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        fixture.withParameter("MAX_ACTIVE_JOBS_PER_AGENT", "100", () -> postFiftyRelatedJobs(skill));
        Participant reader = fixture.participant("page.reader", "0", "integrator");
        Map<String, Object> filter = Map.of("skill", skill);

        page(reader, 50, filter);
        long forThirty = statementsFor(() -> page(reader, 30, filter));
        long forFifty = statementsFor(() -> {
            ClientGraphQlResponse response = page(reader, 50, filter);
            List<Map<String, Object>> edges = response.field("jobs.edges").getValue();
            assertThat(edges).hasSize(50);
            assertThat(edges).allSatisfy(edge -> assertThat(node(edge).get("employer")).isNotNull());
            assertThat(edges).filteredOn(edge -> node(edge).get("parent") != null).hasSize(26);
            assertThat(edges).filteredOn(edge -> node(edge).get("agent") != null).hasSize(24);
            assertThat(edges).filteredOn(edge -> !((List<?>) node(edge).get("children")).isEmpty()).isNotEmpty();
        });

        System.out.printf("SQL statements for a page of 30 jobs: %d, of 50 jobs: %d%n", forThirty, forFifty);
        // The page itself, then one each for employers, agents, parents and children.
        assertThat(forFifty).isEqualTo(forThirty).isEqualTo(5);
    }

    /** 3 employers post 8 jobs each; 3 agents take 8 each and post 26 sub-jobs between them: 50 jobs. */
    private void postFiftyRelatedJobs(String skill) {
        List<Participant> agents = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            Participant agent = fixture.agent("batch.agent" + a, "100", "AI", skill);
            fixture.fund(agent.id(), Money.of(1000));
            agents.add(agent);
        }
        List<List<String>> taken = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int e = 0; e < 3; e++) {
            Participant employer = fixture.employer("batch.employer" + e, "1000");
            for (int j = 0; j < 8; j++) {
                String job = fixture.postJob(employer, "Parent " + e + "." + j, "10", skill);
                int a = (e * 8 + j) % 3;
                JobsFixture.requireNoErrors(fixture.apply(agents.get(a), job), "applyForJob");
                taken.get(a).add(job);
            }
        }
        for (int c = 0; c < 26; c++) {
            int a = c % 3;
            Map<String, Object> input = fixture.jobInput("Child " + c, "1", skill);
            input.put("parent", taken.get(a).get(c % taken.get(a).size()));
            input.put("deadline", fixture.now().plus(Duration.ofDays(1)).toString());
            JobsFixture.requireNoErrors(fixture.createJob(agents.get(a), input), "createJob");
        }
    }

    private ClientGraphQlResponse page(Participant reader, int first, Map<String, Object> filter) {
        ClientGraphQlResponse response = fixture.http(reader).documentName("jobsPage").variable("first", first)
                .variable("filter", filter).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response;
    }

    private long statementsFor(Runnable request) {
        long before = statements.count();
        request.run();
        return statements.count() - before;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> edge) {
        return (Map<String, Object>) edge.get("node");
    }
}
