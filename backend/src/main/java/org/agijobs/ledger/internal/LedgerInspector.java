package org.agijobs.ledger.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agijobs.ledger.AccountBalance;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.LedgerHealth;
import org.agijobs.platform.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only queries over the ledger tables: a participant's balances and the invariant's parts. */
@Component
public class LedgerInspector {

    private final JdbcClient jdbc;

    LedgerInspector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every participant account kind, in declaration order, zero for those never used. */
    public List<AccountBalance> balancesOf(UUID participant) {
        Map<AccountKind, Money> stored = new EnumMap<>(AccountKind.class);
        jdbc.sql("select kind, balance from ledger_account where owner_id = :owner")
                .param("owner", participant)
                .query((rs, row) -> Map.entry(AccountKind.valueOf(rs.getString("kind")), new Money(rs.getBigDecimal("balance"))))
                .list()
                .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
        return Arrays.stream(AccountKind.values())
                .filter(kind -> kind.scope() == AccountKind.Scope.PARTICIPANT)
                .map(kind -> AccountBalance.of(new AccountRef(kind, participant), stored.getOrDefault(kind, Money.ZERO)))
                .toList();
    }

    public Money total() {
        return new Money(jdbc.sql("select coalesce(sum(balance), 0) from ledger_account").query(BigDecimal.class).single());
    }

    /** Non-external accounts below zero: the check constraint should make this empty forever. */
    public List<AccountBalance> negativeAccounts() {
        return jdbc.sql("""
                select kind, code, balance from ledger_account where balance < 0 and kind <> 'EXTERNAL'
                order by code limit :limit
                """)
                .param("limit", LedgerHealth.MAX_LISTED)
                .query((rs, row) -> new AccountBalance(AccountKind.valueOf(rs.getString("kind")), rs.getString("code"),
                        new Money(rs.getBigDecimal("balance"))))
                .list();
    }

    public long negativeAccountCount() {
        return jdbc.sql("select count(*) from ledger_account where balance < 0 and kind <> 'EXTERNAL'")
                .query(Long.class).single();
    }

    /** Accounts whose balance differs from the sum of their incoming minus outgoing transfers. */
    public long unreconciledAccountCount() {
        return jdbc.sql("""
                select count(*) from ledger_account a
                left join (
                    select account, sum(delta) as total from (
                        select to_account as account, amount as delta from ledger_transfer
                        union all
                        select from_account, -amount from ledger_transfer
                    ) moves group by account
                ) t on t.account = a.id
                where a.balance <> coalesce(t.total, 0)
                """)
                .query(Long.class).single();
    }

    /** The balance of every job escrow that holds money. */
    public Map<UUID, Money> escrowBalances() {
        return jdbc.sql("select owner_id, balance from ledger_account where kind = 'ESCROW' and balance <> 0")
                .query((rs, row) -> Map.entry(rs.getObject("owner_id", UUID.class), new Money(rs.getBigDecimal("balance"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
