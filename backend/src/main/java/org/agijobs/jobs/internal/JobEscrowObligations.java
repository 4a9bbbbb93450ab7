package org.agijobs.jobs.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.agijobs.ledger.EscrowObligations;
import org.agijobs.platform.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each job's escrow must hold, for the ledger's health check: the reward plus the snapshotted fee and
 * resource cost from
 * creation until settlement (CREATED through VALIDATING, COMPLETED and DISPUTED), nothing once the job is final
 * (cancelled and expired jobs refunded it, finalized ones paid it out).
 */
@Component
class JobEscrowObligations implements EscrowObligations {

    private final JdbcClient jdbc;

    JobEscrowObligations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Money> expectedEscrowByJob() {
        Map<UUID, Money> expected = new HashMap<>();
        jdbc.sql("""
                select id, reward + fee + resource_cost as escrow from job
                where state in ('CREATED', 'ASSIGNED', 'SUBMITTED', 'VALIDATING', 'COMPLETED', 'DISPUTED')
                """)
                .query((rs, row) -> expected.put(rs.getObject("id", UUID.class), new Money(rs.getBigDecimal("escrow"))))
                .list();
        return expected;
    }
}
