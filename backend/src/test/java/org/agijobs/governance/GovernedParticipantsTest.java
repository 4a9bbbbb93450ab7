package org.agijobs.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.parameters.Parameter;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Owner commands on participants in effect (DOMAIN.md, Participants): blacklisted by an executed proposal, a
 * participant can no longer create, apply, submit, vote or dispute, while its exits (free wallet balance, free
 * stake) stay open; a terms bump makes money-moving actions wait for the new acknowledgement.
 */
@ApiTest
class GovernedParticipantsTest {

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;
    @Autowired
    DisputeFixture disputes;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;

    GovernanceFixture governance;
    Participant a;
    Participant b;

    @BeforeEach
    void seatCouncil() {
        governance = new GovernanceFixture(participants, jdbc);
        List<Participant> owners = governance.council(3, 2);
        a = owners.get(0);
        b = owners.get(1);
        validation.isolate();
    }

    @AfterEach
    void restore() {
        validation.cleanUp();
        governance.restore();
    }

    @Test
    void blacklistedByAProposalAParticipantCannotCreateApplySubmitVoteOrDisputeButStillLeavesWithItsMoney() {
        List<Participant> pool = validation.pool("governed.validator", 3);
        Delivered completed = validation.delivered("governed-dispute", "1000");
        validation.vote(completed.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        Participant employer = jobs.employer("governed.employer", "10000");
        Participant worker = jobs.agent("governed.worker", "100", "AI");
        Participant applicant = jobs.agent("governed.applicant", "100", "AI");
        String assigned = jobs.postJob(employer, "governed-assigned", "100");
        String open = jobs.postJob(employer, "governed-open", "100");
        JobsFixture.requireNoErrors(jobs.apply(worker, assigned), "applyForJob");

        blacklistAll(completed.employer(), employer, worker, applicant);

        assertRefused(jobs.createJob(employer, jobs.jobInput("after the ban", "10")), "createJob");
        assertRefused(jobs.apply(applicant, open), "applyForJob");
        assertRefused(jobs.submit(worker, assigned, "ef".repeat(32), null), "submitResult");
        assertRefused(disputes.raiseDispute(completed.employer(), completed.job()), "raiseDispute");
        assertThat(jobs.state(completed.job())).isEqualTo("COMPLETED");

        assertThat(settlement.endChallengeWindow(completed.job())).isTrue();
        Delivered voting = validation.delivered("governed-vote", "1000");
        blacklistAll(pool.get(0));
        assertRefused(validation.commit(pool.get(0), voting.job(), true), "commitVote");

        JobsFixture.requireNoErrors(jobs.http(employer).documentName("withdraw").variable("amount", "1")
                .executeSync(), "withdraw");
        assertThat(validation.wallet(employer)).isEqualTo(Money.of(10_000 - 210 - 1));
        JobsFixture.requireNoErrors(jobs.http(applicant).documentName("requestStakeWithdrawal")
                .variable("input", Map.of("role", "AGENT", "amount", "100")).executeSync(), "requestStakeWithdrawal");
        JobsFixture.requireNoErrors(jobs.cancel(employer, open, null), "cancelJob");
    }

    @Test
    void aTermsBumpMakesMoneyMovingActionsWaitForTheNewAcknowledgement() {
        Participant employer = jobs.employer("terms-bump.employer", "10000");
        long version = Long.parseLong(governance.value(Parameter.TERMS_VERSION));
        String id = governance.proposed(a, Map.of("bumpTerms", true));
        governance.call("approveProposal", b, id);
        assertThat(jobs.createJob(employer, jobs.jobInput("before the bump takes effect", "10"))
                .field("createJob.userErrors").toEntity(List.class)).isEmpty();

        clock.advance(Duration.ofHours(24));
        due.run();

        assertThat(governance.value(Parameter.TERMS_VERSION)).isEqualTo(Long.toString(version + 1));
        ClientGraphQlResponse refused = jobs.createJob(employer, jobs.jobInput("after the bump", "10"));
        assertThat(JobsFixture.errors(refused, "createJob")).extracting(JobsFixture.Refusal::code)
                .containsExactly("POLICY_NOT_ACKNOWLEDGED");
        Money wallet = validation.wallet(employer);
        JobsFixture.requireNoErrors(jobs.http(employer).documentName("withdraw").variable("amount", "1")
                .executeSync(), "withdraw");
        assertThat(validation.wallet(employer)).isEqualTo(wallet.minus(Money.of(1)));

        JobsFixture.requireNoErrors(jobs.http(employer).documentName("acknowledgeTermsVersion")
                .variable("version", (int) version + 1).executeSync(), "acknowledgeTerms");
        JobsFixture.requireNoErrors(jobs.createJob(employer, jobs.jobInput("acknowledged", "10")), "createJob");
    }

    private void blacklistAll(Participant... targets) {
        List<Map<String, Object>> actions = java.util.Arrays.stream(targets)
                .map(target -> GovernanceFixture.blacklist(target, "abuse")).toList();
        ClientGraphQlResponse proposed = governance.propose(a, "blacklist", actions);
        assertThat(proposed.field("proposeChange.userErrors").toEntity(List.class)).isEmpty();
        String id = proposed.field("proposeChange.proposal.id").toEntity(String.class);
        assertThat(governance.call("approveProposal", b, id).field("approveProposal.proposal.state")
                .toEntity(String.class)).isEqualTo("EXECUTED");
    }

    private static void assertRefused(ClientGraphQlResponse response, String mutation) {
        assertThat(JobsFixture.errors(response, mutation)).extracting(JobsFixture.Refusal::code)
                .containsExactly("BLACKLISTED");
    }
}
