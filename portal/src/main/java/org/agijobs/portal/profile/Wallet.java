package org.agijobs.portal.profile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's free wallet balance and paying it out, through the public API. Withdrawing stays open
 * under every pause level and for blacklisted participants; the backend decides, and refuses with user errors.
 */
@Service
public class Wallet {

    static final String WALLET = "WALLET";

    private final BackendClient backend;

    Wallet(BackendClient backend) {
        this.backend = backend;
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
}
