package org.agijobs.governance;

import static org.agijobs.governance.GovernanceFixture.addMember;
import static org.agijobs.governance.GovernanceFixture.blacklist;
import static org.agijobs.governance.GovernanceFixture.setParameter;
import static org.agijobs.governance.GovernanceFixture.unblacklist;
import static org.agijobs.governance.GovernanceFixture.withdrawTreasury;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.parameters.Parameter;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A proposal's life through the API: approvals up to the threshold, the timelock, execution by the persistent
 * scheduler or an owner, protective actions that skip the delay, and failures that change nothing.
 */
@ApiTest
@SuppressWarnings("unchecked")
class ProposalLifecycleTest {

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionTemplate transactions;

    GovernanceFixture governance;
    List<Participant> owners;
    Participant a;
    Participant b;
    Participant c;

    @BeforeEach
    void seatCouncil() {
        governance = new GovernanceFixture(participants, jdbc);
        owners = governance.council(3, 2);
        a = owners.get(0);
        b = owners.get(1);
        c = owners.get(2);
    }

    @AfterEach
    void restore() {
        governance.restore();
    }

    @Test
    void queuedProposalExecutesThroughThePersistentSchedulerAtItsEta() {
        String id = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P15D"));
        assertThat(governance.proposal(a, id)).containsEntry("state", "PENDING").containsEntry("approvalCount", 1)
                .containsEntry("threshold", 2);

        Instant approvedAt = clock.instant();
        ClientGraphQlResponse approved = governance.call("approveProposal", b, id);
        assertThat(approved.field("approveProposal.userErrors").toEntity(List.class)).isEmpty();
        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("QUEUED");
        Instant eta = Instant.parse(approved.field("approveProposal.proposal.eta").toEntity(String.class));
        assertThat(eta).isBetween(approvedAt.plus(Duration.ofHours(24)), clock.instant().plus(Duration.ofHours(24)));
        assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = 'proposal-eta' and task_instance = :id")
                .param("id", GovernanceFixture.uuid(id).toString()).query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(eta);

        clock.advance(Duration.ofHours(23));
        due.run();
        assertThat(governance.state(a, id)).isEqualTo("QUEUED");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P14D");

        clock.advance(Duration.ofHours(1));
        due.run();

        Map<String, Object> proposal = governance.proposal(c, id);
        assertThat(proposal).containsEntry("state", "EXECUTED");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P15D");
        List<Map<String, Object>> history = history(proposal);
        assertThat(history).extracting(step -> step.get("step"))
                .containsExactly("PROPOSED", "APPROVED", "APPROVED", "QUEUED", "EXECUTED");
        assertThat(history).extracting(step -> step.get("actor"))
                .containsExactly(a.subject(), a.subject(), b.subject(), b.subject(), "system:governance");
        Map<String, Object> registryEntry = registryEntry(Parameter.DISPUTE_REVIEW_PERIOD);
        assertThat(registryEntry).containsEntry("value", "P15D");
        assertThat(registryEntry.get("description")).asString().isNotBlank();
        assertThat(registryEntry.get("lastChange")).asString().contains(id).contains("EXECUTED");
    }

    @Test
    void anOwnerMayExecuteOnceDueButNotBefore() {
        String id = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P20D"));
        governance.call("approveProposal", b, id);

        ClientGraphQlResponse early = governance.call("executeProposal", c, id);
        assertThat(early.field("executeProposal.userErrors[0].code").toEntity(String.class)).isEqualTo("INVALID_STATE");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P14D");

        clock.advance(Duration.ofHours(24));
        ClientGraphQlResponse executed = governance.call("executeProposal", c, id);

        assertThat(executed.field("executeProposal.userErrors").toEntity(List.class)).isEmpty();
        assertThat(executed.field("executeProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P20D");
        due.run();
        assertThat(history(governance.proposal(a, id))).filteredOn(step -> "EXECUTED".equals(step.get("step"))).hasSize(1);
    }

    @Test
    void blacklistingExecutesAsSoonAsApprovedWithoutTheTimelock() {
        Participant target = participants.participant("troublemaker", "agent");
        String id = governance.proposed(a, blacklist(target, "spam applications"));
        assertThat(blacklisted(target)).isFalse();

        ClientGraphQlResponse approved = governance.call("approveProposal", b, id);

        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");
        assertThat(blacklisted(target)).isTrue();
        Map<String, Object> proposal = governance.proposal(c, id);
        assertThat(proposal).containsEntry("protective", true);
        assertThat((List<Map<String, Object>>) proposal.get("actions")).singleElement()
                .satisfies(action -> assertThat(action).containsEntry("kind", "BLACKLIST")
                        .containsEntry("note", "spam applications"));

        String lift = governance.proposed(b, unblacklist(target, "appeal granted"));
        governance.call("approveProposal", c, lift);
        assertThat(blacklisted(target)).isFalse();
    }

    @Test
    void treasuryWithdrawalWaitsOutTheTimelockAndPaysTheRecordedDestination() {
        transactions.executeWithoutResult(status -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.TREASURY,
                Money.of(5), LedgerReason.TREASURY_CREDIT, null));
        Money before = treasury();
        String id = governance.proposed(a, withdrawTreasury("2.5", "IBAN DE00 1234"));
        governance.call("approveProposal", c, id);
        assertThat(treasury()).isEqualTo(before);

        clock.advance(Duration.ofHours(24));
        due.run();

        assertThat(governance.state(a, id)).isEqualTo("EXECUTED");
        assertThat(treasury()).isEqualTo(before.minus(Money.of("2.5")));
        assertThat(jdbc.sql("select count(*) from ledger_transfer where reference = :ref and reason = 'TREASURY_WITHDRAWAL'")
                .param("ref", GovernanceFixture.uuid(id).toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat((List<Map<String, Object>>) governance.proposal(a, id).get("actions")).singleElement()
                .satisfies(action -> assertThat(action).containsEntry("destination", "IBAN DE00 1234")
                        .containsEntry("amount", "2.5"));
    }

    @Test
    void bumpingTheTermsRaisesTheVersionByOne() {
        long version = Long.parseLong(governance.value(Parameter.TERMS_VERSION));
        String id = governance.proposed(a, Map.of("bumpTerms", true));
        governance.call("approveProposal", b, id);
        clock.advance(Duration.ofHours(24));
        due.run();

        assertThat(governance.value(Parameter.TERMS_VERSION)).isEqualTo(Long.toString(version + 1));
    }

    @Test
    void aFailingActionChangesNothingAndTheProposalEndsFailedWithTheReason() {
        Participant d = participants.participant("future.owner", "owner");
        String first = governance.proposed(a, addMember(d));
        governance.call("approveProposal", b, first);
        ClientGraphQlResponse proposed = governance.propose(a, "two changes at once",
                List.of(setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P16D"), addMember(d)));
        String second = proposed.field("proposeChange.proposal.id").toEntity(String.class);
        governance.call("approveProposal", c, second);

        clock.advance(Duration.ofHours(24));
        due.run();

        assertThat(governance.state(a, first)).isEqualTo("EXECUTED");
        Map<String, Object> failed = governance.proposal(a, second);
        assertThat(failed).containsEntry("state", "FAILED");
        assertThat(failed.get("failureReason")).asString().contains("already on the council");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P14D");
        assertThat(history(failed)).last().satisfies(step -> assertThat(step).containsEntry("step", "FAILED")
                .containsEntry("actor", "system:governance"));
        assertThat(governance.call("executeProposal", a, second).field("executeProposal.userErrors[0].code")
                .toEntity(String.class)).isEqualTo("INVALID_STATE");
    }

    @Test
    void cancelledProposalNeverExecutes() {
        String id = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P21D"));
        governance.call("approveProposal", b, id);

        ClientGraphQlResponse cancelled = TestDocuments.http(participants.port(), c.token()).documentName("cancelProposal")
                .variable("proposal", id).variable("reason", "changed our minds").executeSync();
        assertThat(cancelled.field("cancelProposal.proposal.state").toEntity(String.class)).isEqualTo("CANCELLED");
        clock.advance(Duration.ofHours(25));
        due.run();

        assertThat(governance.state(a, id)).isEqualTo("CANCELLED");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P14D");
        assertThat(governance.call("executeProposal", a, id).field("executeProposal.userErrors[0].code")
                .toEntity(String.class)).isEqualTo("INVALID_STATE");
        assertThat(history(governance.proposal(a, id))).last().satisfies(step ->
                assertThat(step).containsEntry("step", "CANCELLED").containsEntry("detail", "changed our minds"));
    }

    @Test
    void councilChangesApplyAndTheCouncilQueryShowsThem() {
        Participant d = participants.participant("fourth.owner", "owner");
        String id = governance.proposed(a, addMember(d));
        governance.call("approveProposal", b, id);
        clock.advance(Duration.ofHours(24));
        due.run();

        Map<String, Object> council = TestDocuments.http(participants.port(), d.token()).documentName("council")
                .executeSync().field("council").getValue();
        assertThat(council).containsEntry("threshold", 2).containsEntry("timelockDelay", "PT24H")
                .containsEntry("timelockFloor", "PT1M");
        assertThat((List<Map<String, Object>>) council.get("members")).extracting(member -> member.get("subject"))
                .containsExactlyInAnyOrder(a.subject(), b.subject(), c.subject(), d.subject());
        assertThat((List<Map<String, Object>>) council.get("members"))
                .filteredOn(member -> d.subject().equals(member.get("subject"))).singleElement()
                .satisfies(member -> assertThat(member.get("addedBy")).isEqualTo(Map.of("id", id)));
    }

    private Map<String, Object> registryEntry(Parameter parameter) {
        List<Map<String, Object>> all = TestDocuments.http(participants.port(), a.token())
                .documentName("parameterRegistry").executeSync().field("parameters").getValue();
        return all.stream().filter(entry -> parameter.name().equals(entry.get("name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(Map<String, Object> proposal) {
        return (List<Map<String, Object>>) proposal.get("history");
    }

    private boolean blacklisted(Participant participant) {
        return jdbc.sql("select blacklisted from participant where id = :id").param("id", participant.id())
                .query(Boolean.class).single();
    }

    private Money treasury() {
        return transactions.execute(status -> ledger.balanceOf(AccountRef.TREASURY));
    }
}
