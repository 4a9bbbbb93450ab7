package org.agijobs.portal.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.portal.backend.StubGraphQlBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agent's stake and score as they go over the wire, against a stub backend. */
class AgentStakeTest {

    private final StubGraphQlBackend backend = new StubGraphQlBackend();
    private final AgentStake stake = new AgentStake(backend.client());

    AgentStakeTest() throws IOException {
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void theAgentStakeIsTheAgentRolesAndZerosForAnAgentThatNeverStaked() {
        backend.answer("agentStake", """
                {"data":{"myStakes":[
                 {"role":"VALIDATOR","free":"5","locked":"0","unbonding":"0","bonded":"5","minimum":"5","pendingWithdrawals":[]},
                 {"role":"AGENT","free":"100","locked":"50","unbonding":"20","bonded":"150","minimum":"10",
                  "pendingWithdrawals":[{"id":"w1","requestedAmount":"20","amount":"20",
                   "availableAt":"2026-12-07T12:01:30Z","state":"REQUESTED"}]}]}}""");

        AgentStake.RoleStake agent = stake.agentStake();

        assertThat(agent.bonded()).isEqualTo("150");
        assertThat(agent.pendingWithdrawals()).singleElement()
                .satisfies(w -> assertThat(w.availableAt()).isEqualTo(Instant.parse("2026-12-07T12:01:30Z")));

        backend.answer("agentStake", """
                {"data":{"myStakes":[]}}""");
        assertThat(stake.agentStake().bonded()).isEqualTo("0");
    }

    @Test
    void stakeStepsNameTheAgentRoleAndSendTheAmountAsText() {
        backend.answer("agentDepositStake", """
                {"data":{"depositStake":{"stake":null,"userErrors":[{"field":"input.amount","code":"INSUFFICIENT_FUNDS",
                 "message":"The wallet holds 3"}]}}}""");
        UUID key = UUID.randomUUID();

        assertThat(stake.deposit(" 12.5 ", key)).extracting(AgentStake.UserError::field).containsExactly("input.amount");

        assertThat(backend.requests().getFirst()).contains("\"role\":\"AGENT\"").contains("\"amount\":\"12.5\"")
                .contains("\"idempotencyKey\":\"" + key + "\"");
    }

    @Test
    void finalizeSendsTheWithdrawal() {
        backend.answer("agentFinalizeStakeWithdrawal", """
                {"data":{"finalizeStakeWithdrawal":{"withdrawal":{"id":"w1","amount":"20"},"userErrors":[]}}}""");

        assertThat(stake.finalizeWithdrawal("w1", UUID.randomUUID())).isEmpty();

        assertThat(backend.requests().getFirst()).contains("\"withdrawalId\":\"w1\"");
    }

    @Test
    void theScoreComesWithTheAgentsOwnChangesOnly() {
        backend.answer("agentReputation", """
                {"data":{"me":{"participant":{"reputation":{"agent":120}}},"reputationHistory":[
                 {"role":"VALIDATOR","delta":-1,"scoreAfter":4,"reason":"DID_NOT_REVEAL","at":"2026-12-07T11:00:00Z","job":{"title":"A"}},
                 {"role":"AGENT","delta":20,"scoreAfter":120,"reason":"JOB_SUCCEEDED","at":"2026-12-07T10:00:00Z","job":{"title":"B"}}]}}""");

        AgentStake.Reputation reputation = stake.reputation("UGFydGljaXBhbnQ6Nw==");

        assertThat(reputation.score()).isEqualTo(120);
        assertThat(reputation.changes()).extracting(change -> change.job().title()).containsExactly("B");
        assertThat(backend.requests().getFirst()).contains("\"participant\":\"UGFydGljaXBhbnQ6Nw==\"")
                .contains("\"first\":20");
    }
}
