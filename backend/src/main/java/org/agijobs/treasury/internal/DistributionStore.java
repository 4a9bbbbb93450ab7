package org.agijobs.treasury.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agijobs.platform.money.Money;
import org.agijobs.treasury.FeeDistribution;
import org.agijobs.treasury.FeeDistributionTrigger;
import org.agijobs.treasury.FeeShare;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code fee_distribution} and {@code fee_distribution_share} rows. */
@Repository
public class DistributionStore {

    private static final String COLUMNS =
            "id, ran_at, trigger, actor, pool_amount, total_stake, paid_out, to_treasury, kept, recipients";

    private final JdbcClient jdbc;

    DistributionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FeeDistribution run, List<FeeSplit.Share> shares) {
        jdbc.sql("insert into fee_distribution (" + COLUMNS + ") values (:id, :ranAt, :trigger, :actor, :pool, "
                        + ":totalStake, :paidOut, :toTreasury, :kept, :recipients)")
                .param("id", run.id())
                .param("ranAt", Timestamp.from(run.ranAt()))
                .param("trigger", run.trigger().name())
                .param("actor", run.actor())
                .param("pool", run.pool().value())
                .param("totalStake", run.totalStake().value())
                .param("paidOut", run.paidOut().value())
                .param("toTreasury", run.toTreasury().value())
                .param("kept", run.kept().value())
                .param("recipients", run.recipients())
                .update();
        for (FeeSplit.Share share : shares) {
            jdbc.sql("""
                    insert into fee_distribution_share (distribution_id, participant_id, stake, amount)
                    values (:distribution, :participant, :stake, :amount)
                    """)
                    .param("distribution", run.id())
                    .param("participant", share.participant())
                    .param("stake", share.stake().value())
                    .param("amount", share.amount().value())
                    .update();
        }
    }

    /** The newest runs first. */
    public List<FeeDistribution> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from fee_distribution order by ran_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(DistributionStore::run)
                .list();
    }

    public Optional<FeeDistribution> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from fee_distribution where id = :id")
                .param("id", id)
                .query(DistributionStore::run)
                .optional();
    }

    /** Each run's shares, largest first, in one query; runs that paid nobody map to an empty list. */
    public Map<UUID, List<FeeShare>> sharesOf(Collection<UUID> distributions) {
        Map<UUID, List<FeeShare>> byRun = new LinkedHashMap<>();
        distributions.forEach(id -> byRun.put(id, List.of()));
        if (distributions.isEmpty()) {
            return byRun;
        }
        jdbc.sql("""
                select distribution_id, participant_id, stake, amount from fee_distribution_share
                where distribution_id in (:ids)
                order by amount desc, participant_id
                """)
                .param("ids", distributions)
                .query((rs, row) -> new FeeShare(rs.getObject("distribution_id", UUID.class),
                        rs.getObject("participant_id", UUID.class), money(rs, "stake"), money(rs, "amount")))
                .list().stream()
                .collect(Collectors.groupingBy(FeeShare::distributionId, LinkedHashMap::new, Collectors.toList()))
                .forEach(byRun::put);
        return byRun;
    }

    private static FeeDistribution run(ResultSet rs, int row) throws SQLException {
        return new FeeDistribution(rs.getObject("id", UUID.class), rs.getTimestamp("ran_at").toInstant(),
                FeeDistributionTrigger.valueOf(rs.getString("trigger")), rs.getString("actor"),
                money(rs, "pool_amount"), money(rs, "total_stake"), money(rs, "paid_out"), money(rs, "to_treasury"),
                money(rs, "kept"), rs.getInt("recipients"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column));
    }
}
