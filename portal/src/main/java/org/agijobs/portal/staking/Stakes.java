package org.agijobs.portal.staking;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.CursorPager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's role stakes through the public API: what is free, locked on jobs and committees, and
 * unbonding; deposits and withdrawals (each once per press, by idempotency key); the movements of a stake account
 * (deposits, locks, releases, slashes); and a validator's bans. The backend decides every rule.
 */
@Service
public class Stakes {

    private final BackendClient backend;

    Stakes(BackendClient backend) {
        this.backend = backend;
    }

    public record RoleStake(String role, String free, String locked, String unbonding, String bonded, String minimum,
                            List<Withdrawal> pendingWithdrawals) {
    }

    public record Withdrawal(String id, String amount, Instant requestedAt, Instant availableAt, String state) {
    }

    public record Ban(Instant bannedUntil, boolean active, JobRef job) {
    }

    public record JobRef(String id, String title) {
    }

    public record Movement(Instant at, String reason, String direction, String amount, String counterparty,
                           String reference) {
        public String signedAmount() {
            return ("OUT".equals(direction) ? "-" : "+") + amount;
        }
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record Payload(List<UserError> userErrors) {
    }

    record MovementEdge(String cursor, Movement node) {
    }

    record PageInfo(boolean hasNextPage) {
    }

    record History(List<MovementEdge> edges, PageInfo pageInfo) {
    }

    public List<RoleStake> mine() {
        return List.of(backend.execute("myStakes", Map.of(), "myStakes", RoleStake[].class));
    }

    public List<Ban> bans() {
        return List.of(backend.execute("myValidatorBans", Map.of(), "myValidatorBans", Ban[].class));
    }

    public List<UserError> deposit(String role, String amount, UUID idempotencyKey) {
        return run("depositStake", Map.of("role", role, "amount", amount.strip(),
                "idempotencyKey", idempotencyKey.toString()));
    }

    public List<UserError> requestWithdrawal(String role, String amount, UUID idempotencyKey) {
        return run("requestStakeWithdrawal", Map.of("role", role, "amount", amount.strip(),
                "idempotencyKey", idempotencyKey.toString()));
    }

    public List<UserError> finalizeWithdrawal(String withdrawalId, UUID idempotencyKey) {
        return run("finalizeStakeWithdrawal", Map.of("withdrawalId", withdrawalId,
                "idempotencyKey", idempotencyKey.toString()));
    }

    /** One page of a stake account's movements, newest first ({@code account} e.g. {@code STAKE_VALIDATOR}). */
    public CursorPager.Page<Movement> history(String account, @Nullable String after, int first) {
        Map<String, Object> variables = new HashMap<>(Map.of("account", account, "first", first));
        if (after != null) {
            variables.put("after", after);
        }
        History page = backend.execute("myAccountHistory", variables, "myAccountHistory", History.class);
        return new CursorPager.Page<>(page.edges().stream().map(MovementEdge::node).toList(),
                page.edges().stream().map(MovementEdge::cursor).toList(), page.pageInfo().hasNextPage());
    }

    private List<UserError> run(String mutation, Map<String, Object> input) {
        return backend.execute(mutation, Map.of("input", input), mutation, Payload.class).userErrors();
    }
}
