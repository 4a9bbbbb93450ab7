package org.agijobs.insight.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.agijobs.insight.KpiBucket;
import org.agijobs.insight.KpiPoint;

import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPI figures as a few aggregate queries over the read-only views {@code insight_settled_job} and
 * {@code insight_ledger_flow} (V30): the database sums exact numerics, so no figure is ever rounded on the way.
 */
@Component
public class KpiQueries {

    /** What the settled jobs of a period add up to; percentiles are nearest-rank, in seconds, null when none. */
    public record Settled(long settled, long succeeded, long disputed, Money gmv, @Nullable BigDecimal p50Seconds,
            @Nullable BigDecimal p95Seconds) {
    }

    /** What the ledger moved in a period, by KPI. */
    public record Flows(Money cost, Money slashed, Money ownerTake) {
    }

    /** The treasury's balance over {@code insight_ledger_flow} rows: what came in less what went out. */
    private static final String TREASURY_BALANCE =
            "coalesce(sum(case when to_kind = 'TREASURY' then amount else -amount end), 0)";
    /** The owner take over {@code insight_ledger_flow} rows: what the treasury took in, owners' credits left out. */
    private static final String OWNER_TAKE =
            "coalesce(sum(amount) filter (where to_kind = 'TREASURY' and reason <> 'TREASURY_CREDIT'), 0)";

    private final JdbcClient jdbc;

    KpiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settled settled(Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) as settled,
                       count(*) filter (where success) as succeeded,
                       count(*) filter (where disputed) as disputed,
                       coalesce(sum(reward) filter (where success), 0) as gmv,
                       percentile_disc(0.5) within group (order by extract(epoch from settled_at - created_at)) as p50,
                       percentile_disc(0.95) within group (order by extract(epoch from settled_at - created_at)) as p95
                from insight_settled_job
                where settled_at >= :from and settled_at < :to
                """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new Settled(rs.getLong("settled"), rs.getLong("succeeded"), rs.getLong("disputed"),
                        new Money(rs.getBigDecimal("gmv")), seconds(rs.getBigDecimal("p50")),
                        seconds(rs.getBigDecimal("p95"))))
                .single();
    }

    public Flows flows(Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(sum(amount) filter (where reason in ('VALIDATOR_REWARD', 'FEE_BURN', 'RESOURCE_PAYMENT')), 0) as cost,
                       coalesce(sum(amount) filter (where reason = 'STAKE_SLASH'), 0) as slashed,
                       %s as owner_take
                from insight_ledger_flow
                where created_at >= :from and created_at < :to
                """.formatted(OWNER_TAKE))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new Flows(new Money(rs.getBigDecimal("cost")), new Money(rs.getBigDecimal("slashed")),
                        new Money(rs.getBigDecimal("owner_take"))))
                .single();
    }

    /** The treasury's balance as of {@code at}: every transfer into it before then, less every one out of it. */
    public Money treasuryAt(Instant at) {
        BigDecimal balance = jdbc.sql("""
                select %s
                from insight_ledger_flow
                where (to_kind = 'TREASURY' or from_kind = 'TREASURY') and created_at < :at
                """.formatted(TREASURY_BALANCE))
                .param("at", Timestamp.from(at))
                .query(BigDecimal.class).single();
        return new Money(balance);
    }

    /** The treasury's balance, and everything it ever took from the market (owners' credits aside), now. */
    public record Treasury(Money balance, Money ownerTake) {
    }

    /**
     * The treasury now, with the balance and owner take that {@link #treasuryAt} and {@link #flows} use, over the
     * whole history: one scan of the treasury's transfers, for the gauges that a schedule refreshes.
     */
    public Treasury treasury() {
        return jdbc.sql("""
                select %s as balance, %s as owner_take
                from insight_ledger_flow
                where to_kind = 'TREASURY' or from_kind = 'TREASURY'
                """.formatted(TREASURY_BALANCE, OWNER_TAKE))
                .query((rs, row) -> new Treasury(new Money(rs.getBigDecimal("balance")),
                        new Money(rs.getBigDecimal("owner_take"))))
                .single();
    }

    /**
     * GMV, cost and settled count per UTC bucket of [from, to), every bucket present (zeros where nothing
     * happened): two grouped scans, not one query per bucket.
     */
    public List<KpiPoint> series(Instant from, Instant to, KpiBucket bucket) {
        return jdbc.sql("""
                with b as (
                    select s as start
                    from generate_series(date_trunc(:unit, cast(:from as timestamptz), 'UTC'),
                                         cast(:to as timestamptz) - interval '1 microsecond',
                                         cast(:step as interval)) s),
                j as (
                    select date_trunc(:unit, settled_at, 'UTC') as start,
                           coalesce(sum(reward) filter (where success), 0) as gmv, count(*) as settled
                    from insight_settled_job
                    where settled_at >= cast(:from as timestamptz) and settled_at < cast(:to as timestamptz)
                    group by 1),
                c as (
                    select date_trunc(:unit, created_at, 'UTC') as start, sum(amount) as cost
                    from insight_ledger_flow
                    where reason in ('VALIDATOR_REWARD', 'FEE_BURN', 'RESOURCE_PAYMENT')
                      and created_at >= cast(:from as timestamptz) and created_at < cast(:to as timestamptz)
                    group by 1)
                select b.start, coalesce(j.gmv, 0) as gmv, coalesce(c.cost, 0) as cost, coalesce(j.settled, 0) as settled
                from b left join j on j.start = b.start left join c on c.start = b.start
                order by b.start
                """)
                .param("unit", bucket.unit()).param("step", "1 " + bucket.unit())
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, row) -> {
                    Money gmv = new Money(rs.getBigDecimal("gmv"));
                    Money cost = new Money(rs.getBigDecimal("cost"));
                    return new KpiPoint(rs.getObject("start", OffsetDateTime.class).toInstant(), gmv, cost,
                            gmv.minus(cost), rs.getLong("settled"));
                })
                .list();
    }

    private static @Nullable BigDecimal seconds(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
