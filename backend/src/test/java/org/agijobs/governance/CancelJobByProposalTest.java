package org.agijobs.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
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
 * CANCEL_JOB (DOMAIN.md, owner commands): a job in any non-final state cancelled by an approved proposal, with the
 * defaults of the settlement tests (reward 1,000, fee 50, job stake 1, each validator 100,000 staked, dispute fee
 * 1): the employer gets its 1,050 back, nobody is slashed, every lock is freed, and nothing is left scheduled.
 */
@ApiTest
@SuppressWarnings("unchecked")
class CancelJobByProposalTest {

    private static final Money EMPLOYER_WALLET = Money.of(10_000);

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

    GovernanceFixture governance;
    Participant a;
    Participant b;
    List<Participant> pool;
    Money treasuryBefore;

    @BeforeEach
    void seatCouncilAndPool() {
        governance = new GovernanceFixture(participants, jdbc);
        List<Participant> owners = governance.council(3, 2);
        a = owners.get(0);
        b = owners.get(1);
        validation.isolate();
        pool = validation.pool("cancelled.validator", 3);
        treasuryBefore = jobs.balance(AccountRef.TREASURY);
    }

    @AfterEach
    void restore() {
        validation.cleanUp();
        governance.restore();
    }

    @Test
    void anOpenJobIsCancelledOnApprovalAndItsEmployerRefundedInFull() {
        Participant employer = jobs.employer("cancel-open.employer", "10000");
        String job = jobs.postJob(employer, "cancel-open", "1000");
        assertThat(validation.wallet(employer)).isEqualTo(Money.of(8950));

        String id = governance.proposed(a, cancelJob(job, "duplicate posting"));
        assertThat(jobs.state(job)).isEqualTo("CREATED");
        ClientGraphQlResponse approved = governance.call("approveProposal", b, id);

        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");
        assertThat(jobs.state(job)).isEqualTo("CANCELLED");
        assertThat(validation.wallet(employer)).isEqualTo(EMPLOYER_WALLET);
        assertThat(escrow(job)).isEqualTo(Money.ZERO);
        Map<String, Object> action = onlyAction(id);
        assertThat(action).containsEntry("kind", "CANCEL_JOB").containsEntry("note", "duplicate posting");
        assertThat((Map<String, Object>) action.get("job")).containsEntry("id", job).containsEntry("state", "CANCELLED");
        assertThat(governedJob(job)).containsEntry("cancelReason", "duplicate posting");
        assertThat(transfers(job, "JOB_REFUND")).isEqualTo(1);
        validation.requireHealthyLedger();
    }

    @Test
    void anAssignedJobRefundsTheEmployerFreesTheAgentsJobStakeAndDropsItsExpiry() {
        Participant employer = jobs.employer("cancel-assigned.employer", "10000");
        Participant agent = jobs.agent("cancel-assigned.agent", "100", "AI");
        String job = jobs.postJob(employer, "cancel-assigned", "1000");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");
        assertThat(locked(agent, AccountKind.LOCKED_AGENT)).isEqualTo(Money.of(1));
        assertThat(scheduled("job-expiry", job)).isEqualTo(1);

        approve(governance.proposed(a, cancelJob(job, "the client went away")));

        assertThat(jobs.state(job)).isEqualTo("CANCELLED");
        assertThat(validation.wallet(employer)).isEqualTo(EMPLOYER_WALLET);
        assertThat(locked(agent, AccountKind.LOCKED_AGENT)).isEqualTo(Money.ZERO);
        assertThat(jobs.balance(new AccountRef(AccountKind.STAKE_AGENT, agent.id()))).isEqualTo(Money.of(100));
        assertThat(scheduled("job-expiry", job)).isZero();
        assertThat(jobs.balance(AccountRef.TREASURY)).isEqualTo(treasuryBefore);
        validation.requireHealthyLedger();
    }

    @Test
    void aJobUnderVoteEndsItsCommitteeFreesEveryMembersStakeAndPenalisesNobody() {
        Delivered delivered = validation.delivered("cancel-voting", "1000");
        JobsFixture.requireNoErrors(validation.commit(pool.get(0), delivered.job(), true), "commitVote");
        pool.forEach(member -> assertThat(validation.lockedValidatorStake(member)).isNotEqualTo(Money.ZERO));
        assertThat(scheduled("validation-deadline", delivered.job())).isEqualTo(1);

        approve(governance.proposed(a, cancelJob(delivered.job(), "the spec was illegal")));

        assertThat(jobs.state(delivered.job())).isEqualTo("CANCELLED");
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_WALLET);
        assertAgentAndCommitteeWhole(delivered);
        assertThat(jdbc.sql("select phase from committee where job_id = :job").param("job", uuid(delivered.job()))
                .query(String.class).single()).isEqualTo("CANCELLED");
        assertThat(scheduled("validation-deadline", delivered.job())).isZero();
        assertThat(JobsFixture.errors(validation.reveal(pool.get(0), delivered.job(), true), "revealVote"))
                .extracting(JobsFixture.Refusal::code).containsExactly("INVALID_STATE");
        validation.advance(Duration.ofHours(3));
        validation.runDeadline(delivered.job());
        assertThat(jdbc.sql("select count(*) from validator_ban where job_id = :job").param("job", uuid(delivered.job()))
                .query(Integer.class).single()).isZero();
        assertAgentAndCommitteeWhole(delivered);
        validation.requireHealthyLedger();
    }

    @Test
    void aCompletedJobInItsChallengeWindowIsNeverSettledAndNobodyIsSlashed() {
        Delivered delivered = validation.delivered("cancel-completed", "1000");
        // A split vote: settling it would slash the dissenter and pay the majority.
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), false));
        assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");
        assertThat(scheduled("job-settlement", delivered.job())).isEqualTo(1);

        approve(governance.proposed(a, cancelJob(delivered.job(), "fraud found in the delivery")));

        assertThat(jobs.state(delivered.job())).isEqualTo("CANCELLED");
        assertThat(scheduled("job-settlement", delivered.job())).isZero();
        assertThat(settlement.endChallengeWindow(delivered.job())).isFalse();
        assertThat(jobs.state(delivered.job())).isEqualTo("CANCELLED");
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_WALLET);
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.ZERO);
        pool.forEach(member -> assertThat(validation.wallet(member)).isEqualTo(Money.ZERO));
        assertAgentAndCommitteeWhole(delivered);
        assertThat(jobs.balance(AccountRef.TREASURY)).isEqualTo(treasuryBefore);
        validation.requireHealthyLedger();
    }

    @Test
    void aDisputedJobEndsItsDisputeWithoutRulingAndRefundsTheDisputeFee() {
        Delivered delivered = validation.delivered("cancel-disputed", "1000");
        jobs.fund(delivered.agent().id(), Money.of(10));
        validation.vote(delivered.job(), Map.of(pool.get(0), false, pool.get(1), false, pool.get(2), false));
        JobsFixture.requireNoErrors(disputes.raiseDispute(delivered.agent(), delivered.job()), "raiseDispute");
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of(9));

        approve(governance.proposed(a, cancelJob(delivered.job(), "both parties colluded")));

        assertThat(jobs.state(delivered.job())).isEqualTo("CANCELLED");
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of(10));
        assertThat(jobs.balance(new AccountRef(AccountKind.DISPUTE_BOND, uuid(delivered.job())))).isEqualTo(Money.ZERO);
        assertThat(transfers(delivered.job(), "DISPUTE_FEE_REFUND")).isEqualTo(1);
        assertThat(validation.wallet(delivered.employer())).isEqualTo(EMPLOYER_WALLET);
        assertAgentAndCommitteeWhole(delivered);
        Map<String, Object> read = jobs.http(a).documentName("disputeState").variable("jobId", delivered.job())
                .executeSync().toEntity(Map.class);
        Map<String, Object> dispute = (Map<String, Object>) read.get("dispute");
        assertThat(dispute.get("cancelledAt")).isNotNull();
        assertThat(dispute.get("ruling")).isNull();
        assertThat((List<Map<String, Object>>) read.get("openDisputes"))
                .noneMatch(open -> delivered.job().equals(((Map<String, Object>) open.get("job")).get("id")));
        Participant moderator = jobs.participant("cancel-disputed.moderator", "0", "moderator");
        assertThat(JobsFixture.errors(disputes.resolve(moderator, delivered.job(), "AGENT_WINS"), "resolveDispute"))
                .extracting(JobsFixture.Refusal::code).containsExactly("INVALID_STATE");
        validation.requireHealthyLedger();
    }

    @Test
    void aCancelGoneStaleBeforeItsApprovalFailsAndChangesNothing() {
        Delivered delivered = validation.delivered("cancel-stale", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        String id = governance.proposed(a, cancelJob(delivered.job(), "too late, as it turns out"));
        assertThat(settlement.endChallengeWindow(delivered.job())).isTrue();
        Money agent = validation.wallet(delivered.agent());
        Money employer = validation.wallet(delivered.employer());

        ClientGraphQlResponse approved = governance.call("approveProposal", b, id);

        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("FAILED");
        assertThat(approved.field("approveProposal.proposal.failureReason").toEntity(String.class))
                .isEqualTo("INVALID_STATE at actions[0].cancelJob.job: The job is FINALIZED already: only a job "
                        + "that is not final can be cancelled");
        assertThat(jobs.state(delivered.job())).isEqualTo("FINALIZED");
        assertThat(validation.wallet(delivered.agent())).isEqualTo(agent);
        assertThat(validation.wallet(delivered.employer())).isEqualTo(employer);
        assertThat(governedJob(delivered.job()).get("cancelReason")).isNull();
        validation.requireHealthyLedger();
    }

    @Test
    void aBadCancelIsRefusedAtItsFieldAndNoProposalIsMade() {
        Participant employer = jobs.employer("cancel-bad.employer", "10000");
        String open = jobs.postJob(employer, "cancel-bad", "1000");
        JobsFixture.requireNoErrors(jobs.cancel(employer, open, null), "cancelJob");
        String cancelled = open;
        String live = jobs.postJob(employer, "cancel-bad-live", "1000");
        int before = governance.proposalsBy(a);

        assertRefused(cancelJob(GlobalId.of("Job", UUID.randomUUID()), "no such job"), "NOT_FOUND",
                "input.actions[0].cancelJob.job");
        assertRefused(cancelJob(employer.globalId(), "not a job id"), "NOT_FOUND", "input.actions[0].cancelJob.job");
        assertRefused(cancelJob(cancelled, "already over"), "INVALID_STATE", "input.actions[0].cancelJob.job");
        assertRefused(cancelJob(live, "  "), "INVALID_INPUT", "input.actions[0].cancelJob.reason");
        assertRefused(cancelJob(live, "x".repeat(501)), "INVALID_INPUT", "input.actions[0].cancelJob.reason");
        ClientGraphQlResponse twice = governance.propose(a, "twice", List.of(cancelJob(live, "one"), cancelJob(live, "two")));
        assertThat(JobsFixture.errors(twice, "proposeChange")).extracting(JobsFixture.Refusal::code, JobsFixture.Refusal::field)
                .containsExactly(tuple("INVALID_STATE", "input.actions[1].cancelJob.job"));

        assertThat(governance.proposalsBy(a)).isEqualTo(before);
        assertThat(jobs.state(live)).isEqualTo("CREATED");
        assertThat(validation.wallet(employer)).isEqualTo(Money.of(8950));
    }

    private void assertRefused(Map<String, Object> action, String code, String field) {
        ClientGraphQlResponse response = governance.propose(a, "refused", List.of(action));
        assertThat(JobsFixture.errors(response, "proposeChange"))
                .extracting(JobsFixture.Refusal::code, JobsFixture.Refusal::field)
                .containsExactly(tuple(code, field));
        assertThat((Object) response.field("proposeChange.proposal").getValue()).isNull();
    }

    private void assertAgentAndCommitteeWhole(Delivered delivered) {
        assertThat(locked(delivered.agent(), AccountKind.LOCKED_AGENT)).isEqualTo(Money.ZERO);
        assertThat(jobs.balance(new AccountRef(AccountKind.STAKE_AGENT, delivered.agent().id()))).isEqualTo(Money.of(100));
        pool.forEach(member -> {
            assertThat(validation.lockedValidatorStake(member)).isEqualTo(Money.ZERO);
            assertThat(validation.validatorStake(member)).isEqualTo(ValidationFixture.POOL_STAKE);
        });
        assertThat(escrow(delivered.job())).isEqualTo(Money.ZERO);
    }

    private void approve(String proposal) {
        ClientGraphQlResponse approved = governance.call("approveProposal", b, proposal);
        assertThat(approved.field("approveProposal.userErrors").toEntity(List.class)).isEmpty();
        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");
    }

    private Map<String, Object> onlyAction(String proposal) {
        Map<String, Object> read = jobs.http(a).documentName("proposalJobs").variable("id", proposal).executeSync()
                .field("proposal").toEntity(Map.class);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) read.get("actions");
        assertThat(actions).hasSize(1);
        return actions.getFirst();
    }

    private Map<String, Object> governedJob(String job) {
        return jobs.http(a).documentName("governedJob").variable("id", job).executeSync().field("node")
                .toEntity(Map.class);
    }

    private Money escrow(String job) {
        return jobs.balance(AccountRef.escrow(uuid(job)));
    }

    private Money locked(Participant actor, AccountKind kind) {
        return jobs.balance(new AccountRef(kind, actor.id()));
    }

    private int scheduled(String kind, String job) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :kind and task_instance = :job")
                .param("kind", kind).param("job", uuid(job).toString()).query(Integer.class).single();
    }

    private long transfers(String job, String reason) {
        return jobs.count("select count(*) from ledger_transfer where reference = :ref and reason = :reason",
                Map.of("ref", uuid(job).toString(), "reason", reason));
    }

    static Map<String, Object> cancelJob(String job, String reason) {
        return Map.of("cancelJob", Map.of("job", job, "reason", reason));
    }

    private static UUID uuid(String globalId) {
        return JobsFixture.uuid(globalId);
    }
}
