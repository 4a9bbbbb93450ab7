package org.agijobs.portal.work;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * An agent's stake and reputation through the public API: its agent stake with the withdrawals unbonding, the
 * three stake steps (deposit, request unbonding, finalize), and its agent score with the latest changes. Amounts
 * stay text, so the backend judges their precision.
 */
@Service
public class AgentStake {

    static final String ROLE = "AGENT";
    /** How many score changes the page shows; the API caps the history at 100. */
    static final int HISTORY = 20;

    private final BackendClient backend;

    AgentStake(BackendClient backend) {
        this.backend = backend;
    }

    public record Withdrawal(String id, String requestedAmount, String amount, Instant availableAt, String state) {
    }

    public record RoleStake(String role, String free, String locked, String unbonding, String bonded, String minimum,
                            List<Withdrawal> pendingWithdrawals) {
    }

    record Stakes(List<RoleStake> myStakes) {
    }

    public record JobTitle(String title) {
    }

    public record Change(String role, int delta, int scoreAfter, String reason, Instant at, JobTitle job) {
    }

    public record Score(int agent) {
    }

    record ScoredParticipant(Score reputation) {
    }

    record Me(ScoredParticipant participant) {
    }

    record ReputationAnswer(Me me, List<Change> reputationHistory) {
    }

    /** The agent score and its latest changes as an agent, newest first. */
    public record Reputation(int score, List<Change> changes) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record Payload(List<UserError> userErrors) {
    }

    /** The agent stake; zeros for an agent that never staked. */
    public RoleStake agentStake() {
        return backend.execute("agentStake", Map.of(), "", Stakes.class).myStakes().stream()
                .filter(stake -> stake.role().equals(ROLE)).findFirst()
                .orElse(new RoleStake(ROLE, "0", "0", "0", "0", "0", List.of()));
    }

    public Reputation reputation(String agentId) {
        ReputationAnswer answer = backend.execute("agentReputation", Map.of("participant", agentId, "first", HISTORY),
                "", ReputationAnswer.class);
        return new Reputation(answer.me().participant().reputation().agent(),
                answer.reputationHistory().stream().filter(change -> change.role().equals(ROLE)).toList());
    }

    public List<UserError> deposit(String amount, UUID idempotencyKey) {
        return send("agentDepositStake", "depositStake", Map.of("role", ROLE, "amount", amount.strip(),
                "idempotencyKey", idempotencyKey.toString()));
    }

    public List<UserError> requestWithdrawal(String amount, UUID idempotencyKey) {
        return send("agentRequestStakeWithdrawal", "requestStakeWithdrawal", Map.of("role", ROLE,
                "amount", amount.strip(), "idempotencyKey", idempotencyKey.toString()));
    }

    public List<UserError> finalizeWithdrawal(String withdrawalId, UUID idempotencyKey) {
        return send("agentFinalizeStakeWithdrawal", "finalizeStakeWithdrawal", Map.of("withdrawalId", withdrawalId,
                "idempotencyKey", idempotencyKey.toString()));
    }

    private List<UserError> send(String document, String mutation, Map<String, Object> input) {
        return backend.execute(document, Map.of("input", input), mutation, Payload.class).userErrors();
    }
}
