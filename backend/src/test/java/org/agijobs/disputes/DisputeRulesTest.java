package org.agijobs.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Refusal;
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

/** When a dispute may be raised, who may add evidence to it, and who may rule on it. */
@ApiTest
class DisputeRulesTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;

    private List<Participant> pool;

    @BeforeEach
    void isolatedPool() {
        validation.isolate();
        pool = validation.pool("dispute.validator", 3);
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aDisputeRaisedInTimeStopsTheChallengeWindowsSettlement() {
        Delivered delivered = validation.delivered("disputed-in-time", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        validation.advance(Duration.ofHours(23));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.employer(), delivered.job()), "raiseDispute");

        assertThat(settlement.endChallengeWindow(delivered.job())).isFalse();
        assertThat(jobs.state(delivered.job())).isEqualTo("DISPUTED");
    }

    @Test
    void aDisputeAfterTheChallengeWindowIsRefused() {
        Delivered delivered = validation.delivered("disputed-late", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        validation.advance(Duration.ofDays(1));

        assertThat(JobsFixture.errors(disputes.raiseDispute(delivered.employer(), delivered.job()), "raiseDispute"))
                .extracting(Refusal::code).containsExactly("INVALID_DEADLINE");
        assertThat(validation.wallet(delivered.employer())).isEqualTo(Money.of(8950));
    }

    @Test
    void partiesAndCommitteeMembersAddEvidenceWhileTheDisputeIsOpenAndNobodyElse() {
        Participant moderator = jobs.participant("evidence.moderator", "0", "moderator");
        Participant outsider = jobs.participant("evidence.outsider", "0", "validator");
        Delivered delivered = validation.delivered("evidenced", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.employer(), delivered.job()), "raiseDispute");

        JobsFixture.requireNoErrors(disputes.addEvidence(delivered.agent(), delivered.job(), "https://e.example/agent"),
                "addDisputeEvidence");
        var byMember = disputes.addEvidence(pool.get(1), delivered.job(), "https://e.example/member");
        var byOutsider = disputes.addEvidence(outsider, delivered.job(), "https://e.example/outsider");
        JobsFixture.requireNoErrors(disputes.resolve(moderator, delivered.job(), "AGENT_WINS"), "resolveDispute");
        var afterRuling = disputes.addEvidence(delivered.agent(), delivered.job(), "https://e.example/late");

        JobsFixture.requireNoErrors(byMember, "addDisputeEvidence");
        assertThat(byMember.field("addDisputeEvidence.dispute.evidence").toEntityList(Map.class))
                .extracting(evidence -> evidence.get("role")).containsExactly("EMPLOYER", "AGENT", "VALIDATOR");
        assertThat(JobsFixture.errors(byOutsider, "addDisputeEvidence")).extracting(Refusal::code)
                .containsExactly("FORBIDDEN");
        assertThat(JobsFixture.errors(afterRuling, "addDisputeEvidence")).extracting(Refusal::code)
                .containsExactly("INVALID_STATE");
    }

    @Test
    void aModeratorCannotRuleOnAJobItIsPartyTo() {
        Participant employerModerator = jobs.participant("conflicted.employer", "10000", "employer", "moderator");
        Participant agent = jobs.agent("conflicted.agent", "100", "AI");
        jobs.fund(agent.id(), Money.of(5));
        String job = jobs.postJob(employerModerator, "Conflicted", "1000");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        JobsFixture.requireNoErrors(jobs.submit(agent, job, "c0".repeat(32), null), "submitResult");
        validation.vote(job, Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        JobsFixture.requireNoErrors(disputes.raiseDispute(agent, job), "raiseDispute");

        assertThat(JobsFixture.errors(disputes.resolve(employerModerator, job, "EMPLOYER_WINS"), "resolveDispute"))
                .extracting(Refusal::code).containsExactly("FORBIDDEN");
        assertThat(jobs.state(job)).isEqualTo("DISPUTED");
    }
}
