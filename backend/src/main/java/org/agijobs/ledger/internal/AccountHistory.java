package org.agijobs.ledger.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.AccountEntry;
import org.agijobs.platform.money.Money;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account's transfers, newest first, paged by the keyset (created_at, id): each page is an index range scan of
 * the transfer table from the account, however long the history grows.
 */
@Component
public class AccountHistory {

    /** The keyset's properties, as cursors carry them. */
    public static final String AT = "at";
    public static final String ID = "id";

    private final JdbcClient jdbc;

    AccountHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Window<AccountEntry> of(AccountRef account, ScrollPosition position, int limit) {
        Map<String, Object> after = position instanceof KeysetScrollPosition keyset && !keyset.isInitial()
                ? keyset.getKeys() : Map.of();
        List<AccountEntry> rows = jdbc.sql("""
                select t.id, t.created_at, t.reason, t.amount, coalesce(t.reference, '') as reference,
                       t.to_account = w.id as incoming,
                       case when t.to_account = w.id then source.kind else target.kind end as counterparty
                from ledger_account w
                join ledger_transfer t on t.from_account = w.id or t.to_account = w.id
                join ledger_account source on source.id = t.from_account
                join ledger_account target on target.id = t.to_account
                where w.code = :code
                  and (cast(:afterAt as timestamptz) is null or (t.created_at, t.id) < (:afterAt, :afterId))
                order by t.created_at desc, t.id desc
                limit :limit
                """)
                .param("code", account.code())
                .param("afterAt", after.isEmpty() ? null : java.sql.Timestamp.from((Instant) after.get(AT)))
                .param("afterId", after.isEmpty() ? null : after.get(ID))
                .param("limit", limit + 1)
                .query((rs, row) -> new AccountEntry(rs.getObject("id", UUID.class),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("reason"),
                        rs.getBoolean("incoming") ? AccountEntry.Direction.IN : AccountEntry.Direction.OUT,
                        new Money(rs.getBigDecimal("amount")), AccountKind.valueOf(rs.getString("counterparty")),
                        rs.getString("reference")))
                .list();
        List<AccountEntry> page = rows.subList(0, Math.min(limit, rows.size()));
        return Window.from(page, index -> ScrollPosition.forward(Map.of(AT, page.get(index).at(),
                ID, page.get(index).id())), rows.size() > limit);
    }
}
