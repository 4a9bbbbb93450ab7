package org.agijobs.staking.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;

import org.agijobs.ledger.AccountKind;
import org.agijobs.platform.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every participant's platform stake at once, straight from the ledger's accounts: the ledger's API reads one
 * account at a time, and a fee distribution needs all of them from one statement. Platform stake is never
 * locked, so the {@code STAKE_PLATFORM} balance is the whole bonded stake.
 */
@Component
public class PlatformStakes {

    private final JdbcClient jdbc;

    PlatformStakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Positive platform stakes by participant id, in the database's order of the ids. */
    public SequencedMap<UUID, Money> positive() {
        SequencedMap<UUID, Money> stakes = new LinkedHashMap<>();
        jdbc.sql("select owner_id, balance from ledger_account where kind = :kind and balance > 0 order by owner_id")
                .param("kind", AccountKind.STAKE_PLATFORM.name())
                .query((rs, row) -> Map.entry(rs.getObject("owner_id", UUID.class), new Money(rs.getBigDecimal("balance"))))
                .list()
                .forEach(stake -> stakes.put(stake.getKey(), stake.getValue()));
        return Collections.unmodifiableSequencedMap(stakes);
    }
}
