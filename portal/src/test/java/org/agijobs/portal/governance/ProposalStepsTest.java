package org.agijobs.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.agijobs.portal.governance.GovernanceDesk.Approval;
import org.agijobs.portal.governance.GovernanceDesk.Proposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the steps the backend would accept from this owner now are offered. */
class ProposalStepsTest {

    static final String ME = "me-subject";
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void aPendingProposalByAnotherOwnerCanBeApprovedOrCancelledButNotExecuted() {
        assertThat(ProposalSteps.of(proposal("PENDING", null, "other"), ME, true, NOW))
                .isEqualTo(new ProposalSteps(true, false, true));
    }

    @Test
    void anOwnerApprovesOnlyOnce() {
        assertThat(ProposalSteps.of(proposal("PENDING", null, ME), ME, true, NOW))
                .isEqualTo(new ProposalSteps(false, false, true));
    }

    @Test
    void aQueuedProposalExecutesFromItsEtaOn() {
        assertThat(ProposalSteps.of(proposal("QUEUED", NOW.plusSeconds(1), ME), ME, true, NOW).execute()).isFalse();
        assertThat(ProposalSteps.of(proposal("QUEUED", NOW, ME), ME, true, NOW).execute()).isTrue();
        assertThat(ProposalSteps.of(proposal("QUEUED", NOW.minusSeconds(5), ME), ME, true, NOW))
                .isEqualTo(new ProposalSteps(false, true, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTED", "FAILED", "CANCELLED"})
    void aClosedProposalOffersNothing(String state) {
        assertThat(ProposalSteps.of(proposal(state, NOW.minusSeconds(5), "other"), ME, true, NOW))
                .isEqualTo(new ProposalSteps(false, false, false));
    }

    @Test
    void anOwnerOffTheCouncilCanTakeNoStep() {
        assertThat(ProposalSteps.of(proposal("QUEUED", NOW.minusSeconds(5), "other"), ME, false, NOW))
                .isEqualTo(new ProposalSteps(false, false, false));
    }

    static Proposal proposal(String state, Instant eta, String approvedBy) {
        return new Proposal("UHJvcG9zYWw6MQ", state, "Raise the fee", approvedBy, approvedBy, false,
                NOW.minusSeconds(600), eta, null, null, 2, 1, List.of(),
                List.of(new Approval(approvedBy, approvedBy, NOW.minusSeconds(600), true)), List.of());
    }
}
