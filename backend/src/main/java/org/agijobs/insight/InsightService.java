package org.agijobs.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.agijobs.insight.internal.KpiQueries;
import org.agijobs.ledger.LedgerService;
import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.ParameterService;
import org.agijobs.parameters.ParameterSetting;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The market's KPIs for owners and integrators (DOMAIN.md, Operator insight). */
@Service
public class InsightService {

    /** A longer period would still be exact, but one query over years of history is not a dashboard's job. */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    /** A chart has no use for more points than it has pixels. */
    public static final int MAX_POINTS = 1000;

    private final KpiQueries queries;
    private final MarketPause pause;
    private final ParameterService parameters;
    private final LedgerService ledger;

    InsightService(KpiQueries queries, MarketPause pause, ParameterService parameters, LedgerService ledger) {
        this.queries = queries;
        this.pause = pause;
        this.parameters = parameters;
        this.ledger = ledger;
    }

    /** The KPIs of [from, to); one repeatable-read snapshot, so the figures agree with each other. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Kpis kpis(Caller caller, Instant from, Instant to) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        requirePeriod(from, to);
        KpiQueries.Settled settled = queries.settled(from, to);
        KpiQueries.Flows flows = queries.flows(from, to);
        return new Kpis(from, to, settled.gmv(), flows.cost(), settled.gmv().minus(flows.cost()), settled.settled(),
                settled.succeeded(), settled.disputed(), rate(settled.succeeded(), settled.settled()),
                rate(settled.disputed(), settled.settled()), settled.p50Seconds(), settled.p95Seconds(),
                flows.slashed(), queries.treasuryAt(to), flows.ownerTake(), guardrails(caller));
    }

    /** GMV, cost, utility and settled count per bucket of [from, to), at most {@link #MAX_POINTS} buckets. */
    @Transactional(readOnly = true)
    public List<KpiPoint> series(Caller caller, Instant from, Instant to, KpiBucket bucket) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        requirePeriod(from, to);
        if (Duration.between(from, to).dividedBy(bucket.width()) >= MAX_POINTS) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "bucket",
                    "At most " + MAX_POINTS + " points: choose a wider bucket or a shorter period");
        }
        return queries.series(from, to, bucket);
    }

    private Guardrails guardrails(Caller caller) {
        Boolean healthy = caller.has(Role.OWNER) ? ledger.health(caller).healthy() : null;
        List<String> atBound = parameters.all(caller).stream().filter(InsightService::atBound)
                .map(ParameterSetting::name).toList();
        return new Guardrails(pause.state().level(), healthy, atBound);
    }

    /**
     * A parameter moved to its minimum or maximum: a default that sits at a bound (a burn of 0%) is the design,
     * not a warning. Numeric parameters compare as numbers ("5.0" is "5"); durations as their text.
     */
    private static boolean atBound(ParameterSetting setting) {
        return !sameValue(setting.value(), setting.defaultValue())
                && (sameValue(setting.value(), setting.min()) || sameValue(setting.value(), setting.max()));
    }

    private static boolean sameValue(String value, @Nullable String bound) {
        if (bound == null) {
            return false;
        }
        try {
            return new BigDecimal(value).compareTo(new BigDecimal(bound)) == 0;
        } catch (NumberFormatException notANumber) {
            return value.equals(bound);
        }
    }

    static void requirePeriod(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "to", "The period must end after it starts");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "to", "The period may span at most 366 days");
        }
    }

    private static @Nullable BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Kpis.RATE_SCALE, RoundingMode.HALF_EVEN);
    }
}
