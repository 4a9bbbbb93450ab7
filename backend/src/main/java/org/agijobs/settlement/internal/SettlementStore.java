package org.agijobs.settlement.internal;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.settlement.Settlement;
import org.agijobs.settlement.SettlementTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code job_settlement}: its primary key on the job is the database's own guard against a second settlement. */
@Component
public class SettlementStore {

    private final JdbcClient jdbc;

    SettlementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Settlement settlement) {
        jdbc.sql("""
                insert into job_settlement (job_id, success, trigger, agent_payout, employer_refund, validator_rewards,
                                            fee_to_pool, burned, resource_payment, slashed, settled_at)
                values (:job, :success, :trigger, :payout, :refund, :rewards, :fee, :burned, :resources, :slashed, :at)
                """).param("job", settlement.jobId()).param("success", settlement.success())
                .param("trigger", settlement.trigger().name()).param("payout", settlement.agentPayout().value())
                .param("refund", settlement.employerRefund().value())
                .param("rewards", settlement.validatorRewards().value()).param("fee", settlement.feeToPool().value())
                .param("burned", settlement.burned().value())
                .param("resources", settlement.resourcePayment().value()).param("slashed", settlement.slashed().value())
                .param("at", Timestamp.from(settlement.settledAt())).update();
    }

    public Optional<Settlement> find(UUID jobId) {
        return findAll(java.util.List.of(jobId)).values().stream().findFirst();
    }

    public java.util.Map<UUID, Settlement> findAll(java.util.Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select * from job_settlement where job_id = any(:ids)").param("ids", jobIds.toArray(UUID[]::new))
                .query((rs, row) -> new Settlement(rs.getObject("job_id", UUID.class), rs.getBoolean("success"),
                        SettlementTrigger.valueOf(rs.getString("trigger")), new Money(rs.getBigDecimal("agent_payout")),
                        new Money(rs.getBigDecimal("employer_refund")), new Money(rs.getBigDecimal("validator_rewards")),
                        new Money(rs.getBigDecimal("fee_to_pool")), new Money(rs.getBigDecimal("burned")),
                        new Money(rs.getBigDecimal("resource_payment")), new Money(rs.getBigDecimal("slashed")), rs.getTimestamp("settled_at").toInstant()))
                .list().stream().collect(java.util.stream.Collectors.toMap(Settlement::jobId, s -> s));
    }
}
