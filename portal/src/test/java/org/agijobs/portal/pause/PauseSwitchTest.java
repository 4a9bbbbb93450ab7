package org.agijobs.portal.pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.time.Instant;

import org.agijobs.portal.backend.BackendSubscriptions;
import org.agijobs.portal.backend.StubGraphQlBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What pausing and resuming put on the wire and read back, against a stub backend. */
class PauseSwitchTest {

    private final StubGraphQlBackend backend = new StubGraphQlBackend();
    private final PauseSwitch pauseSwitch = new PauseSwitch(backend.client(), mock(BackendSubscriptions.class));

    PauseSwitchTest() throws IOException {
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void readsTheStateInForce() {
        backend.answer("pauseState", """
                {"data":{"pauseState":{"level":"FULL","reason":"Escrow bug","pausedBy":"Gary Guardian",
                "since":"2026-12-03T10:00:00.5Z"}}}""");

        PauseState state = pauseSwitch.state();

        assertThat(state).isEqualTo(new PauseState("FULL", "Escrow bug", "Gary Guardian",
                Instant.parse("2026-12-03T10:00:00.5Z")));
        assertThat(state.paused()).isTrue();
    }

    @Test
    void pauseSendsLevelAndReasonAndReturnsTheRefusal() {
        backend.answer("pause", """
                {"data":{"pause":{"pauseState":null,"userErrors":[{"field":"input.reason","code":"INVALID_INPUT",
                "message":"A reason is required"}]}}}""");

        var errors = pauseSwitch.pause("INTAKE", "");

        assertThat(errors).extracting(PauseSwitch.UserError::field).containsExactly("input.reason");
        assertThat(backend.requests().getFirst()).contains("\"level\":\"INTAKE\"").contains("\"reason\":\"\"");
    }

    @Test
    void proposesExactlyOneResumeActionWithTheReason() {
        backend.answer("proposeResume", """
                {"data":{"proposeChange":{"proposal":{"id":"UHJvcG9zYWw6MQ==","state":"PENDING"},"userErrors":[]}}}""");

        assertThat(pauseSwitch.proposeResume("All clear")).isEmpty();

        assertThat(backend.requests().getFirst()).contains("actions: [{ resume: true }]")
                .contains("\"reason\":\"All clear\"");
    }

    @Test
    void listsOnlyThePendingProposalsThatResume() {
        backend.answer("resumeProposals", """
                {"data":{"proposals":{"edges":[
                 {"node":{"id":"p2","state":"PENDING","reason":"Fee up","proposerName":"oscar.owner",
                  "createdAt":"2026-12-03T10:40:00Z","threshold":2,"approvalCount":1,
                  "actions":[{"kind":"SET_PARAMETER"}],"approvals":[{"memberName":"oscar.owner","counts":true}]}},
                 {"node":{"id":"p1","state":"PENDING","reason":"All clear","proposerName":"olivia.owner",
                  "createdAt":"2026-12-03T10:30:00Z","threshold":2,"approvalCount":1,
                  "actions":[{"kind":"RESUME"}],"approvals":[{"memberName":"olivia.owner","counts":true},
                  {"memberName":"former.owner","counts":false}]}}]}}}""");

        var proposals = pauseSwitch.openResumeProposals();

        assertThat(proposals).singleElement().satisfies(proposal -> {
            assertThat(proposal.id()).isEqualTo("p1");
            assertThat(proposal.approvers()).containsExactly("olivia.owner");
        });
    }

    @Test
    void approvesTheProposalById() {
        backend.answer("approveResume", """
                {"data":{"approveProposal":{"proposal":{"id":"p1","state":"EXECUTED"},"userErrors":[]}}}""");

        assertThat(pauseSwitch.approve("p1")).isEmpty();

        assertThat(backend.requests().getFirst()).contains("\"proposal\":\"p1\"");
    }
}
