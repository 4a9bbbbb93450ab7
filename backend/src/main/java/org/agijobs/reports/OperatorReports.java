package org.agijobs.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agijobs.audit.AuditTrail;
import org.agijobs.certificates.PlatformSigner;
import org.agijobs.insight.InsightService;
import org.agijobs.ledger.LedgerHealth;
import org.agijobs.ledger.LedgerService;
import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.ParameterService;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The signed operator report. The signature covers the exact JSON bytes returned next to it, so a reader checks
 * the JWS and then reads its payload, never a re-encoding. Only owners run the ledger check (it is their
 * operation); an integrator's report says null there rather than leave the field out, so both read alike.
 */
@Service
public class OperatorReports {

    /** The period of a report when none is asked for. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    /** A report: its content as signed, the signing key and the compact JWS over {@code payload}. */
    public record SignedReport(String payload, String keyId, String jws) {
    }

    private final InsightService insight;
    private final ParameterService parameters;
    private final MarketPause pause;
    private final LedgerService ledger;
    private final AuditTrail audit;
    private final PlatformSigner signer;
    private final JsonMapper json;
    private final Clock clock;

    OperatorReports(InsightService insight, ParameterService parameters, MarketPause pause, LedgerService ledger,
            AuditTrail audit, PlatformSigner signer, JsonMapper json, Clock clock) {
        this.insight = insight;
        this.parameters = parameters;
        this.pause = pause;
        this.ledger = ledger;
        this.audit = audit;
        this.signer = signer;
        // Amounts as the API writes them, plain decimal text: a JSON number would lose digits in some readers.
        this.json = json.rebuild().addModule(new SimpleModule().addSerializer(Money.class,
                ToStringSerializer.instance)).build();
        this.clock = clock;
    }

    /** The report over [from, to), the last {@link #DEFAULT_PERIOD} when both are null. Owners and integrators. */
    public SignedReport report(Caller caller, @Nullable Instant from, @Nullable Instant to) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        Instant generatedAt = clock.instant();
        Instant end = to == null ? generatedAt : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        Map<String, @Nullable Object> report = new LinkedHashMap<>();
        report.put("generatedAt", generatedAt.toString());
        report.put("from", start.toString());
        report.put("to", end.toString());
        report.put("kpis", insight.kpis(caller, start, end));
        report.put("parameters", parameters.all(caller));
        report.put("pause", pause.state(caller));
        LedgerHealth health = caller.roles().contains(Role.OWNER) ? ledger.health(caller) : null;
        report.put("ledgerInvariantHolds", health == null ? null : health.healthy());
        report.put("ledgerHealth", health);
        report.put("auditHead", audit.head(caller).orElse(null));
        byte[] payload = json.writeValueAsBytes(report);
        PlatformSigner.Signed signed = signer.sign(payload);
        return new SignedReport(new String(payload, StandardCharsets.UTF_8), signed.keyId(),
                signed.jws());
    }
}
