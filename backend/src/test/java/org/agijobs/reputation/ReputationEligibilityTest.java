package org.agijobs.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Refusal;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.agijobs.settlement.SettlementRecorder;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.transaction.PlatformTransactionManager;

/** The jobs module reads the scores this module keeps: PREMIUM_THRESHOLD gates applications and the ranking. */
@ApiTest
class ReputationEligibilityTest {

    @Autowired
    JobsFixture fixture;

    @Autowired
    List<SettlementRecorder> recorders;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anAgentBelowThePremiumThresholdIsRefusedAndOneAtItIsAssigned() {
        var world = new ReputationWorld(fixture, recorders, transactionManager);
        String skill = "premium-" + UUID.randomUUID().toString().substring(0, 8);
        Participant employer = fixture.employer("premium.employer", "0");
        Participant newcomer = fixture.agent("premium.newcomer", "100", "AI", skill);
        Participant veteran = fixture.agent("premium.veteran", "100", "AI", skill);
        world.settle(world.settlement(world.job(employer, "1000"), employer, veteran, true, "1000", 0, List.of()));

        fixture.withParameter("PREMIUM_THRESHOLD", "33", () -> {
            fixture.fund(employer.id(), Money.of("52.5"));
            String job = fixture.postJob(employer, "Premium work", "50", skill);

            List<Map<String, Object>> ranking = fixture.http(employer).documentName("rankAgents")
                    .variable("jobId", job).executeSync().field("rankAgents.edges").getValue();
            assertThat(ranking).extracting(edge -> (Object) ((Map<?, ?>) edge.get("node")).get("reputation"))
                    .containsExactly(33);

            ClientGraphQlResponse refused = fixture.apply(newcomer, job);
            assertThat(JobsFixture.errors(refused, "applyForJob")).extracting(Refusal::code, Refusal::message)
                    .containsExactly(tuple("NOT_ELIGIBLE",
                            "A reputation of at least 33 is required"));

            ClientGraphQlResponse assigned = fixture.apply(veteran, job);
            JobsFixture.requireNoErrors(assigned, "applyForJob");
            assertThat(assigned.field("applyForJob.job.agent.id").toEntity(String.class)).isEqualTo(veteran.globalId());
        });
    }
}
