package org.agijobs.ledger.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.agijobs.ledger.AccountKind;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The SQL of {@code ledger_account} and {@code ledger_transfer} that a transfer needs. */
@Component
class AccountRows {

    /** An account row locked by this transaction. */
    record Locked(UUID id, Money balance) {
    }

    private final JdbcClient jdbc;

    AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the account's row until the transaction ends, creating the account first when it was never used.
     * A concurrent creator of the same account makes the insert wait, exactly like a row lock, so callers that
     * lock in a fixed order cannot deadlock on creation either. Locking a row that this transaction already
     * holds returns at once, so callers may lock ahead of their transfers.
     */
    Locked lockOrCreate(AccountRef account) {
        return lock(account).orElseGet(() -> {
            jdbc.sql("""
                    insert into ledger_account (code, kind, owner_id) values (:code, :kind, :owner)
                    on conflict (code) do nothing
                    """)
                    .param("code", account.code())
                    .param("kind", account.kind().name())
                    .param("owner", account.owner())
                    .update();
            return lock(account).orElseThrow();
        });
    }

    private Optional<Locked> lock(AccountRef account) {
        return jdbc.sql("select id, balance from ledger_account where code = :code for update")
                .param("code", account.code())
                .query((rs, row) -> new Locked(rs.getObject("id", UUID.class), new Money(rs.getBigDecimal("balance"))))
                .optional();
    }

    void add(UUID account, BigDecimal delta) {
        jdbc.sql("update ledger_account set balance = balance + :delta where id = :id")
                .param("delta", delta)
                .param("id", account)
                .update();
    }

    void recordTransfer(UUID from, UUID to, Money amount, String reason, @Nullable String reference,
            @Nullable String actor, Instant at) {
        jdbc.sql("""
                insert into ledger_transfer (from_account, to_account, amount, reason, reference, actor, created_at)
                values (:from, :to, :amount, :reason, :reference, :actor, :at)
                """)
                .param("from", from)
                .param("to", to)
                .param("amount", amount.value())
                .param("reason", reason)
                .param("reference", reference)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    Money balanceOf(AccountRef account) {
        return jdbc.sql("select balance from ledger_account where code = :code")
                .param("code", account.code())
                .query(BigDecimal.class)
                .optional()
                .map(Money::new)
                .orElse(Money.ZERO);
    }

    Map<UUID, Money> positiveBalancesOf(AccountKind kind) {
        Map<UUID, Money> balances = new HashMap<>();
        jdbc.sql("select owner_id, balance from ledger_account where kind = :kind and balance > 0")
                .param("kind", kind.name())
                .query((rs, row) -> balances.put(rs.getObject("owner_id", UUID.class), new Money(rs.getBigDecimal("balance"))))
                .list();
        return balances;
    }
}
