package org.agijobs.governance;

import static org.agijobs.governance.GovernanceFixture.removeMember;
import static org.agijobs.governance.GovernanceFixture.setParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of OpenZeppelin's TimelockController and Safe's OwnerManager, ported: the minimum delay, execution
 * only when due and only once, distinct approvals by members only, a threshold within 1..n that stays reachable,
 * and removed members whose approvals stop counting. Every refusal is a typed error that changes nothing.
 */
@ApiTest
class GovernanceRulesTest {

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;

    GovernanceFixture governance;
    Participant a;
    Participant b;
    Participant c;

    @BeforeEach
    void seatCouncil() {
        governance = new GovernanceFixture(participants, jdbc);
        List<Participant> owners = governance.council(3, 2);
        a = owners.get(0);
        b = owners.get(1);
        c = owners.get(2);
    }

    @AfterEach
    void restore() {
        governance.restore();
    }

    @Test
    void settingTheTimelockBelowTheDeploymentFloorIsRefused() {
        ClientGraphQlResponse refused = governance.propose(a, "faster", List.of(setParameter(Parameter.TIMELOCK_DELAY, "PT30S")));

        assertRefused(refused, "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.value");
        assertThat(governance.proposalsBy(a)).isZero();
        assertThat(governance.proposed(a, setParameter(Parameter.TIMELOCK_DELAY, "PT1M"))).isNotNull();
    }

    @Test
    void aProposalQueuedUnderAShorterDelayWaitsTheDelayInForceWhenItWasQueued() {
        governance.setDirectly(Parameter.TIMELOCK_DELAY, "PT2H");
        String id = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P13D"));
        governance.call("approveProposal", b, id);

        clock.advance(Duration.ofMinutes(119));
        assertRefused(governance.call("executeProposal", a, id), "executeProposal", "INVALID_STATE", null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(governance.call("executeProposal", a, id).field("executeProposal.proposal.state").toEntity(String.class))
                .isEqualTo("EXECUTED");
    }

    @Test
    void executingIsRefusedForUnknownPendingCancelledAndExecutedProposals() {
        assertRefused(governance.call("executeProposal", a, GlobalId.of("Proposal", UUID.randomUUID())),
                "executeProposal", "NOT_FOUND", "input.proposal");

        String pending = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P10D"));
        assertRefused(governance.call("executeProposal", a, pending), "executeProposal", "INVALID_STATE", null);

        String cancelled = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P11D"));
        governance.call("cancelProposal", b, cancelled);
        assertRefused(governance.call("executeProposal", a, cancelled), "executeProposal", "INVALID_STATE", null);
        assertRefused(governance.call("approveProposal", c, cancelled), "approveProposal", "INVALID_STATE", null);

        String executed = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P12D"));
        governance.call("approveProposal", b, executed);
        clock.advance(Duration.ofHours(24));
        governance.call("executeProposal", a, executed);
        assertRefused(governance.call("executeProposal", b, executed), "executeProposal", "INVALID_STATE", null);
        assertRefused(governance.call("cancelProposal", b, executed), "cancelProposal", "INVALID_STATE", null);
        assertThat(ProposalLifecycleTest.history(governance.proposal(a, executed)))
                .filteredOn(step -> "EXECUTED".equals(step.get("step"))).hasSize(1);
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P12D");
    }

    @Test
    void approvalByANonMemberOrASecondApprovalByTheSameMemberIsRefused() {
        String id = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P9D"));
        Participant outsider = participants.participant("outsider.owner", "owner");
        Participant employer = participants.participant("not.an.owner", "employer");

        assertRefused(governance.call("approveProposal", outsider, id), "approveProposal", "FORBIDDEN", null);
        assertRefused(governance.call("approveProposal", employer, id), "approveProposal", "FORBIDDEN", null);
        assertRefused(governance.call("approveProposal", a, id), "approveProposal", "INVALID_STATE", null);
        assertRefused(governance.propose(outsider, "me too", List.of(setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P9D"))),
                "proposeChange", "FORBIDDEN", null);

        assertThat(governance.proposal(a, id)).containsEntry("state", "PENDING").containsEntry("approvalCount", 1);
        assertThat((List<?>) governance.proposal(a, id).get("approvals")).hasSize(1);
    }

    @Test
    void aThresholdOutsideOneToNIsRefused() {
        assertRefused(governance.propose(a, "none", List.of(setParameter(Parameter.COUNCIL_THRESHOLD, "0"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.value");
        assertRefused(governance.propose(a, "four of three", List.of(setParameter(Parameter.COUNCIL_THRESHOLD, "4"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.value");
        assertThat(governance.proposalsBy(a)).isZero();
        assertThat(governance.proposed(a, setParameter(Parameter.COUNCIL_THRESHOLD, "3"))).isNotNull();
    }

    @Test
    void aCouncilChangeThatWouldMakeTheThresholdUnreachableIsRefused() {
        governance.setDirectly(Parameter.COUNCIL_THRESHOLD, "3");

        assertRefused(governance.propose(a, "smaller council", List.of(removeMember(c))), "proposeChange",
                "INVALID_INPUT", "input.actions[0].removeCouncilMember.subject");
        assertRefused(governance.propose(a, "gone twice", List.of(setParameter(Parameter.COUNCIL_THRESHOLD, "1"),
                removeMember(c), removeMember(c))), "proposeChange", "INVALID_STATE",
                "input.actions[2].removeCouncilMember.subject");
        assertThat(governance.proposalsBy(a)).isZero();
        assertThat(governance.propose(a, "smaller council, lower threshold", List.of(
                setParameter(Parameter.COUNCIL_THRESHOLD, "2"), removeMember(c)))
                .field("proposeChange.userErrors").toEntity(List.class)).isEmpty();
    }

    @Test
    void aRemovedMemberCanNoLongerApproveAndItsApprovalsStopCountingAlsoAtExecution() {
        String removal = governance.proposed(a, removeMember(c));
        governance.call("approveProposal", b, removal);
        clock.advance(Duration.ofHours(1));
        // Queued before the removal executes: c's approval made the threshold then.
        String queuedWithC = governance.proposed(c, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P8D"));
        governance.call("approveProposal", a, queuedWithC);
        String pendingByC = governance.proposed(c, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P7D"));

        clock.advance(Duration.ofHours(23));
        governance.call("executeProposal", a, removal);
        assertThat(governance.state(a, removal)).isEqualTo("EXECUTED");

        assertRefused(governance.call("approveProposal", c, pendingByC), "approveProposal", "FORBIDDEN", null);
        Map<String, Object> pending = governance.proposal(a, pendingByC);
        assertThat(pending).containsEntry("approvalCount", 0);
        assertThat((List<Map<String, Object>>) pending.get("approvals")).singleElement()
                .satisfies(approval -> assertThat(approval).containsEntry("counts", false));

        clock.advance(Duration.ofHours(1));
        due.run();
        Map<String, Object> failed = governance.proposal(a, queuedWithC);
        assertThat(failed).containsEntry("state", "FAILED");
        assertThat(failed.get("failureReason")).asString().contains("fewer than the threshold");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P14D");
    }

    @Test
    void badInputIsATypedErrorAndCreatesNoProposal() {
        assertRefused(governance.propose(a, "unknown", List.of(Map.of("setParameter", Map.of("parameter", "NO_SUCH",
                "value", "1")))), "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.parameter");
        assertRefused(governance.propose(a, "wrong type", List.of(setParameter(Parameter.FEE_PCT, "5.5"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.value");
        assertRefused(governance.propose(a, "out of bounds", List.of(setParameter(Parameter.FEE_PCT, "5001"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.value");
        assertRefused(governance.propose(a, "not a duration", List.of(setParameter(Parameter.DISPUTE_WINDOW, "1 day"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.value");
        assertRefused(governance.propose(a, "terms by hand", List.of(setParameter(Parameter.TERMS_VERSION, "9"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].setParameter.parameter");
        assertRefused(governance.propose(a, "nothing", List.of()), "proposeChange", "INVALID_INPUT", "input.actions");
        assertRefused(governance.propose(a, "two in one", List.of(Map.of("bumpTerms", true, "resume", true))),
                "proposeChange", "INVALID_INPUT", "input.actions[0]");
        assertRefused(governance.propose(a, " ", List.of(Map.of("bumpTerms", true))), "proposeChange",
                "INVALID_INPUT", "input.reason");
        assertRefused(governance.propose(a, "not paused", List.of(Map.of("resume", true))), "proposeChange",
                "INVALID_STATE", "input.actions[0].resume");
        assertRefused(governance.propose(a, "unknown member", List.of(Map.of("removeCouncilMember",
                Map.of("subject", "subject-of-nobody")))), "proposeChange", "INVALID_STATE",
                "input.actions[0].removeCouncilMember.subject");
        assertRefused(governance.propose(a, "unknown participant", List.of(Map.of("blacklist", Map.of("participant",
                GlobalId.of("Participant", UUID.randomUUID()), "reason", "x")))), "proposeChange", "NOT_FOUND",
                "input.actions[0].blacklist.participant");
        assertRefused(governance.propose(a, "too much", List.of(GovernanceFixture.withdrawTreasury("100000000", "x"))),
                "proposeChange", "INSUFFICIENT_FUNDS", "input.actions[0].withdrawTreasury.amount");
        assertRefused(governance.propose(a, "negative", List.of(GovernanceFixture.withdrawTreasury("-1", "x"))),
                "proposeChange", "INVALID_INPUT", "input.actions[0].withdrawTreasury.amount");
        assertRefused(governance.call("approveProposal", a, "not-an-id"), "approveProposal", "NOT_FOUND", "input.proposal");

        assertThat(governance.proposalsBy(a)).isZero();
    }

    @Test
    void anyRoleReadsProposalsFilteredByState() {
        String queued = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P6D"));
        governance.call("approveProposal", b, queued);
        String pending = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P5D"));
        Participant reader = participants.participant("governance.reader", "agent");

        List<Map<String, Map<String, Object>>> edges = org.agijobs.support.TestDocuments.http(participants.port(),
                reader.token()).documentName("proposals").variable("first", 100).variable("state", "QUEUED")
                .executeSync().field("proposals.edges").getValue();
        List<Object> queuedIds = edges.stream().map(edge -> edge.get("node").get("id")).toList();
        assertThat(queuedIds).contains(queued).doesNotContain(pending);
        assertThat(governance.proposal(reader, pending)).containsEntry("state", "PENDING");
    }

    private static void assertRefused(ClientGraphQlResponse response, String mutation, String code, String field) {
        List<Map<String, Object>> errors = response.field(mutation + ".userErrors").getValue();
        assertThat(errors).as(mutation + " errors").singleElement().satisfies(error -> {
            assertThat(error).containsEntry("code", code);
            assertThat(error.get("field")).isEqualTo(field);
        });
        assertThat((Object) response.field(mutation + ".proposal").getValue()).isNull();
    }
}
