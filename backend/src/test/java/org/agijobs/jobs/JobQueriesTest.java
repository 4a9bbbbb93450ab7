package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

@ApiTest
class JobQueriesTest {

    @Autowired
    JobsFixture fixture;

    @Test
    void theAssignedAgentPostsSubJobsAndTheTreeShowsThemWithAMermaidFlowchart() {
        Participant employer = fixture.employer("tree.employer", "1000");
        Participant builder = fixture.agent("tree.builder", "100", "AI");
        Participant designer = fixture.agent("tree.designer", "100", "HUMAN");
        fixture.fund(builder.id(), Money.of(100));
        fixture.fund(designer.id(), Money.of(100));
        String site = fixture.postJob(employer, "Build a \"site\"", "500");
        JobsFixture.requireNoErrors(fixture.apply(builder, site), "applyForJob");

        String design = subJob(builder, site, "Design", 30);
        String copy = subJob(builder, site, "Write copy", 30);
        JobsFixture.requireNoErrors(fixture.apply(designer, design), "applyForJob");
        String logo = subJob(designer, design, "Logo", 20);

        var tree = fixture.http(employer).documentName("jobTree").variable("id", logo).executeSync();

        assertThat(tree.getErrors()).isEmpty();
        assertThat(tree.field("jobTree.root.id").toEntity(String.class)).isEqualTo(site);
        List<Map<String, Object>> nodes = tree.field("jobTree.nodes").getValue();
        assertThat(nodes).extracting(node -> (Object) ((Map<?, ?>) node.get("job")).get("id")).containsExactly(site, design, logo, copy);
        assertThat(nodes).extracting(node -> node.get("depth")).containsExactly(0, 1, 2, 1);
        assertThat(tree.field("jobTree.mermaid").toEntity(String.class)).isEqualTo("""
                flowchart TD
                    j0["Build a #quot;site#quot;<br/>ASSIGNED"]
                    j1["Design<br/>ASSIGNED"]
                    j2["Logo<br/>CREATED"]
                    j3["Write copy<br/>CREATED"]
                    j0 --> j1
                    j1 --> j2
                    j0 --> j3
                """);
        var child = fixture.http(employer).documentName("jobParent")
                .variable("id", design).executeSync();
        assertThat(child.field("job.employer.id").toEntity(String.class)).isEqualTo(builder.globalId());
        assertThat(child.field("job.parent.id").toEntity(String.class)).isEqualTo(site);
    }

    @Test
    void onlyTheParentsAssignedAgentPostsSubJobsWhileItWorksAndWithinItsDeadline() {
        Participant employer = fixture.employer("subjob.employer", "1000");
        Participant agent = fixture.agent("subjob.agent", "100", "AI");
        fixture.fund(agent.id(), Money.of(100));
        String open = fixture.postJob(employer, "Still open", "100");
        String taken = fixture.postJob(employer, "Taken", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, taken), "applyForJob");

        assertThat(codeOf(fixture.createJob(employer, child(taken, "Not mine", Duration.ofDays(1))))).isEqualTo("FORBIDDEN");
        assertThat(codeOf(fixture.createJob(agent, child(open, "Too early", Duration.ofDays(1))))).isEqualTo("FORBIDDEN");
        assertThat(codeOf(fixture.createJob(agent, child(taken, "Too late", Duration.ofDays(3))))).isEqualTo("INVALID_DEADLINE");
        assertThat(codeOf(fixture.createJob(agent, child(taken, "Fine", Duration.ofDays(1))))).isNull();
    }

    @Test
    void pagesThroughJobsWithCursorsAndFilters() {
        Participant employer = fixture.employer("paged.employer", "1000");
        String skill = "paged-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = fixture.now().minusSeconds(1);
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(fixture.postJob(employer, "Paged " + i, "10", skill));
        }
        fixture.cancel(employer, posted.get(1), null);
        Participant reader = fixture.participant("paged.reader", "0", "validator");

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = fixture.http(reader).documentName("jobsPage").variable("first", 2).variable("after", after)
                    .variable("filter", Map.of("employer", employer.globalId())).executeSync();
            List<Map<String, Object>> edges = page.field("jobs.edges").getValue();
            assertThat(edges).hasSizeLessThanOrEqualTo(2);
            edges.forEach(edge -> seen.add((String) ((Map<?, ?>) edge.get("node")).get("id")));
            more = page.field("jobs.pageInfo.hasNextPage").toEntity(Boolean.class);
            after = page.field("jobs.pageInfo.endCursor").toEntity(String.class);
        }

        assertThat(seen).containsExactlyElementsOf(posted.reversed());
        assertThat(ids(reader, Map.of("skill", skill, "state", "CANCELLED"))).containsExactly(posted.get(1));
        assertThat(ids(reader, Map.of("skill", skill.toUpperCase(), "createdFrom", before.toString(),
                "createdTo", fixture.now().plusSeconds(60).toString()))).hasSize(5);
        assertThat(ids(reader, Map.of("skill", skill, "createdFrom", fixture.now().plusSeconds(60).toString())))
                .isEmpty();
        assertThat(ids(reader, Map.of("employer", GlobalId.of("Job", UUID.randomUUID())))).isEmpty();
    }

    @Test
    void findsAJobThroughNode() {
        Participant employer = fixture.employer("node.employer", "500");
        String job = fixture.postJob(employer, "By node", "100");

        var response = fixture.http(employer).documentName("jobNode")
                .variable("id", job).executeSync();

        assertThat(response.field("node.title").toEntity(String.class)).isEqualTo("By node");
    }

    @Test
    void ranksEligibleAgentsByTheDocumentedScoreForTheEmployerOnly() {
        String skill = "rank-" + UUID.randomUUID().toString().substring(0, 8);
        Participant employer = fixture.employer("ranking.employer", "500");
        Participant specialist = fixture.agent("specialist", "200", "AI", skill);
        Participant generalist = fixture.agent("generalist", "100", "HUMAN", skill, "cooking");
        fixture.agent("unskilled", "300", "AI");
        String job = fixture.postJob(employer, "Ranked", "100", skill);

        var ranking = fixture.http(employer).documentName("rankAgents").variable("jobId", job).executeSync();

        assertThat(ranking.getErrors()).isEmpty();
        List<Map<String, Object>> edges = ranking.field("rankAgents.edges").getValue();
        assertThat(edges).extracting(edge -> (Object) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("agent")).get("id"))
                .containsExactly(specialist.globalId(), generalist.globalId());
        // specialist: 0.40 * 1 + 0.25 * 0 + 0.20 * 3/3 + 0.15 * 200/200
        assertThat(node(edges, 0)).containsEntry("score", 0.75).containsEntry("skillMatch", 1.0)
                .containsEntry("stake", "200").containsEntry("activeJobs", 0);
        // generalist: 0.40 * 1/2 + 0.20 * 3/3 + 0.15 * 100/200
        assertThat(node(edges, 1)).containsEntry("score", 0.475).containsEntry("skillMatch", 0.5);

        var second = fixture.http(employer).documentName("rankAgents").variable("jobId", job).variable("first", 1)
                .variable("after", edges.getFirst().get("cursor")).executeSync();
        List<Map<String, Object>> rest = second.field("rankAgents.edges").getValue();
        assertThat(rest).hasSize(1);
        assertThat(second.field("rankAgents.pageInfo.hasNextPage").toEntity(Boolean.class)).isFalse();

        var stranger = fixture.http(fixture.employer("nosy.employer", "0")).documentName("rankAgents")
                .variable("jobId", job).executeSync();
        assertThat(stranger.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void showsAnAgentTheOpenJobsItFits() {
        String skill = "match-" + UUID.randomUUID().toString().substring(0, 8);
        Participant employer = fixture.employer("matching.employer", "1000");
        Participant agent = fixture.agent("matching.agent", "100", "AI", skill);
        String fits = fixture.postJob(employer, "Fits", "10", skill);
        String needsMore = fixture.postJob(employer, "Needs more", "10", skill, "rocket-science");
        Map<String, Object> humansOnly = fixture.jobInput("Humans only", "10", skill);
        humansOnly.put("agentTypesAllowed", "HUMAN");
        String human = fixture.createJob(employer, humansOnly).field("createJob.job.id").toEntity(String.class);
        String cancelled = fixture.postJob(employer, "Cancelled", "10", skill);
        fixture.cancel(employer, cancelled, null);

        var response = fixture.http(agent).documentName("matchingJobs").variable("first", 100).executeSync();

        List<Map<String, Object>> edges = response.field("matchingJobs.edges").getValue();
        List<Object> ids = edges.stream().map(edge -> ((Map<?, ?>) edge.get("node")).get("id")).map(Object.class::cast)
                .toList();
        assertThat(ids).contains(fits).doesNotContain(needsMore, human, cancelled);
        var forEmployer = fixture.http(employer).documentName("matchingJobs").executeSync();
        assertThat(forEmployer.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void anAgentSeesItsOwnStandingOnTheBoardAndNobodyElseSeesOne() {
        String skill = "stand-" + UUID.randomUUID().toString().substring(0, 8);
        Participant employer = fixture.employer("standing.employer", "500");
        Participant specialist = fixture.agent("standing.specialist", "200", "AI", skill);
        Participant generalist = fixture.agent("standing.generalist", "100", "HUMAN", skill, "cooking");
        Participant unskilled = fixture.agent("standing.unskilled", "300", "AI");
        String job = fixture.postJob(employer, "Standing", "100", skill);

        assertThat(standingOn(specialist, job)).containsEntry("position", 1).containsEntry("rankedAgents", 2)
                .extractingByKey("rank").isEqualTo(Map.of("score", 0.75, "agent", Map.of("id", specialist.globalId())));
        assertThat(standingOn(generalist, job)).containsEntry("position", 2).containsEntry("rankedAgents", 2);
        for (Participant outsider : List.of(unskilled, employer)) {
            var response = fixture.http(outsider).documentName("jobStanding").variable("id", job).executeSync();
            assertThat(response.getErrors()).isEmpty();
            assertThat(response.field("job.myStanding").<Object>getValue()).isNull();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> standingOn(Participant agent, String job) {
        var response = fixture.http(agent).documentName("matchingJobStandings").variable("first", 100).executeSync();
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> edges = response.field("matchingJobs.edges").getValue();
        return edges.stream().map(edge -> (Map<?, ?>) edge.get("node")).filter(node -> job.equals(node.get("id")))
                .map(node -> (Map<String, Object>) node.get("myStanding")).findFirst().orElseThrow();
    }

    private String subJob(Participant agent, String parent, String title, int hours) {
        ClientGraphQlResponse response = fixture.createJob(agent, child(parent, title, Duration.ofHours(hours)));
        JobsFixture.requireNoErrors(response, "createJob");
        return response.field("createJob.job.id").toEntity(String.class);
    }

    private Map<String, Object> child(String parent, String title, Duration deadlineIn) {
        Map<String, Object> input = fixture.jobInput(title, "10");
        input.put("parent", parent);
        input.put("deadline", fixture.now().plus(deadlineIn).toString());
        return input;
    }

    private static String codeOf(ClientGraphQlResponse response) {
        var errors = JobsFixture.errors(response, "createJob");
        return errors.isEmpty() ? null : errors.getFirst().code();
    }

    private List<Object> ids(Participant reader, Map<String, Object> filter) {
        List<Map<String, Object>> edges = fixture.http(reader).documentName("jobsPage").variable("first", 100)
                .variable("filter", filter).executeSync().field("jobs.edges").getValue();
        return edges.stream().map(edge -> ((Map<?, ?>) edge.get("node")).get("id")).map(Object.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(List<Map<String, Object>> edges, int index) {
        return (Map<String, Object>) edges.get(index).get("node");
    }
}
