package org.agijobs.governance;

import static org.agijobs.governance.GovernanceFixture.setParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.PauseFixture;
import org.agijobs.parameters.PauseLevel;
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

/**
 * The only way out of a pause is an approved RESUME proposal: it executes at the approval that reaches the
 * threshold, records which proposal and which owner lifted the pause, and fails (changing nothing) when the market
 * is no longer paused. Governance itself is never held by a FULL pause.
 */
@ApiTest
class ResumeByProposalTest {

    private static final Map<String, Object> RESUME = Map.of("resume", true);

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketPause pause;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;

    GovernanceFixture governance;
    Participant a;
    Participant b;
    Participant guardian;

    @BeforeEach
    void seatCouncil() {
        governance = new GovernanceFixture(participants, jdbc);
        List<Participant> owners = governance.council(3, 2);
        a = owners.get(0);
        b = owners.get(1);
        guardian = participants.participant("resume.guardian", "guardian");
    }

    @AfterEach
    void restore() {
        PauseFixture.resume(pause);
        governance.restore();
    }

    @Test
    void twoOwnersApprovingAResumeLiftAFullPauseAtOnce() {
        pause(guardian, "FULL", "Oracle outage");
        String id = governance.proposed(a, RESUME);
        assertThat(pause.state().level()).isEqualTo(PauseLevel.FULL);

        ClientGraphQlResponse approved = governance.call("approveProposal", b, id);

        assertThat(approved.field("approveProposal.userErrors").toEntity(List.class)).isEmpty();
        assertThat(approved.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("EXECUTED");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.NONE);
        Map<String, Object> lastChange = jdbc.sql("""
                select level, previous_level, actor_subject, proposal from market_pause_change order by id desc limit 1
                """).query().singleRow();
        assertThat(lastChange).containsEntry("level", "NONE").containsEntry("previous_level", "FULL")
                .containsEntry("actor_subject", b.subject())
                .containsEntry("proposal", GovernanceFixture.uuid(id).toString());
    }

    @Test
    void aResumeThatFindsTheMarketResumedFailsAndChangesNothing() {
        pause(guardian, "INTAKE", "Spam wave");
        String first = governance.proposed(a, RESUME);
        String second = governance.proposed(b, RESUME);
        governance.call("approveProposal", b, first);
        assertThat(pause.state().level()).isEqualTo(PauseLevel.NONE);

        ClientGraphQlResponse late = governance.call("approveProposal", a, second);

        assertThat(late.field("approveProposal.proposal.state").toEntity(String.class)).isEqualTo("FAILED");
        assertThat(late.field("approveProposal.proposal.failureReason").toEntity(String.class))
                .contains("INVALID_STATE").contains("not paused");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.NONE);
        assertThat(jdbc.sql("select count(*) from market_pause_change where proposal = :id")
                .param("id", GovernanceFixture.uuid(second).toString()).query(Integer.class).single()).isZero();
    }

    @Test
    void aQueuedProposalStillExecutesAtItsEtaUnderAFullPause() {
        String id = governance.proposed(a, setParameter(Parameter.DISPUTE_REVIEW_PERIOD, "P16D"));
        governance.call("approveProposal", b, id);
        pause(guardian, "FULL", "Incident");

        clock.advance(Duration.ofHours(24));
        due.run();

        assertThat(governance.state(a, id)).isEqualTo("EXECUTED");
        assertThat(governance.value(Parameter.DISPUTE_REVIEW_PERIOD)).isEqualTo("P16D");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.FULL);
    }

    @Test
    void resumingAMarketThatIsNotPausedIsRefusedWhenProposed() {
        ClientGraphQlResponse refused = governance.propose(a, "nothing to resume", List.of(RESUME));

        assertThat(refused.field("proposeChange.userErrors[0].code").toEntity(String.class)).isEqualTo("INVALID_STATE");
        assertThat(refused.field("proposeChange.userErrors[0].field").toEntity(String.class))
                .isEqualTo("input.actions[0].resume");
        assertThat(governance.proposalsBy(a)).isZero();
    }

    private void pause(Participant who, String level, String reason) {
        ClientGraphQlResponse paused = TestDocuments.http(participants.port(), who.token()).documentName("pause")
                .variable("level", level).variable("reason", reason).executeSync();
        assertThat(paused.field("pause.userErrors").toEntity(List.class)).isEmpty();
    }
}
