package org.agijobs.portal.profile;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.CursorPager;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's free wallet balance and paying it out, through the public API. Withdrawing stays open
 * under every pause level and for blacklisted participants; the backend decides, and refuses with user errors.
 */
@Service
public class Wallet {

    static final String WALLET = "WALLET";

    private final BackendClient backend;
    private final boolean faucetEnabled;

    Wallet(BackendClient backend, @Value("${portal.faucet-enabled:false}") boolean faucetEnabled) {
        this.backend = backend;
        this.faucetEnabled = faucetEnabled;
    }

    /** One movement of the wallet, as the backend books it. */
    public record Movement(Instant at, String reason, String direction, String amount, String counterparty,
                           String reference) {
        /** The amount with its sign: what it did to the balance. */
        public String signedAmount() {
            return ("OUT".equals(direction) ? "-" : "+") + amount;
        }
    }

    record MovementEdge(String cursor, Movement node) {
    }

    record PageInfo(boolean hasNextPage) {
    }

    record History(List<MovementEdge> edges, PageInfo pageInfo) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record AccountBalance(String kind, String balance) {
    }

    record Receipt(String amount, String balanceAfter) {
    }

    record Payload(@Nullable Receipt receipt, List<UserError> userErrors) {
    }

    record Balances(List<AccountBalance> myBalances) {
    }

    /** The free balance as the backend writes Money (exact, no trailing zeros); zero for a wallet never used. */
    public String balance() {
        return backend.execute("walletBalance", Map.of(), "", Balances.class).myBalances().stream()
                .filter(account -> WALLET.equals(account.kind())).map(AccountBalance::balance)
                .findFirst().orElse("0");
    }

    /**
     * Pays {@code amount} out once: the key is made per press of the button, so a double click or a retried
     * request cannot pay twice. The amount stays text, so the backend judges its precision and sign.
     */
    public List<UserError> withdraw(String amount, UUID idempotencyKey) {
        Map<String, Object> input = Map.of("amount", amount, "idempotencyKey", idempotencyKey.toString());
        return backend.execute("withdraw", Map.of("input", input), "withdraw", Payload.class).userErrors();
    }

    /** One page of the wallet's movements, newest first. */
    public CursorPager.Page<Movement> history(@Nullable String after, int first) {
        Map<String, Object> variables = new HashMap<>(Map.of("first", first));
        if (after != null) {
            variables.put("after", after);
        }
        History page = backend.execute("myAccountHistory", variables, "myAccountHistory", History.class);
        return new CursorPager.Page<>(page.edges().stream().map(MovementEdge::node).toList(),
                page.edges().stream().map(MovementEdge::cursor).toList(), page.pageInfo().hasNextPage());
    }

    /** Whether this deployment's backend hands out demo money (its dev profile). */
    public boolean faucetEnabled() {
        return faucetEnabled;
    }

    /** Demo money into the caller's wallet, once per press. */
    public List<UserError> requestFaucet(String amount, UUID idempotencyKey) {
        Map<String, Object> input = Map.of("amount", amount, "idempotencyKey", idempotencyKey.toString());
        return backend.execute("requestFaucet", Map.of("input", input), "requestFaucet", Payload.class).userErrors();
    }
}
