package org.agijobs.certificates.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.agijobs.certificates.CertificateIssued;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.SettlementRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the certificate of a job that settled as a success, inside the settlement transaction: the payout and
 * the certificate commit together or not at all. It only signs and stores, never calls out. A replayed event
 * for the same job finds the certificate already there and changes nothing.
 */
@Component
class CertificateIssuer implements SettlementRecorder {

    private final CertificateRepository certificates;
    private final CertificateSigner signer;
    private final CertificatesProperties properties;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateIssuer(CertificateRepository certificates, CertificateSigner signer, CertificatesProperties properties,
                      JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.signer = signer;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(JobSettled settled) {
        if (!settled.success() || certificates.existsByJobId(settled.jobId())) {
            return;
        }
        var content = new CertificateJwt.Content(UUID.randomUUID(), settled.jobId(), settled.employerId(),
                Objects.requireNonNull(settled.agentId(), "a successful job has an agent"),
                Objects.requireNonNull(settled.specHash(), "a job has a spec hash"),
                Objects.requireNonNull(settled.resultHash(), "a successful job has a result hash"),
                settled.reward(),
                // As PostgreSQL keeps it, so the signed claim and the stored column say the same.
                settled.settledAt().truncatedTo(ChronoUnit.MICROS),
                // The JWS iat has whole seconds only.
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        CertificateSigner.Signed signed = signer.sign(CertificateJwt.claims(properties.issuer(), content));
        // A concurrent duplicate of the event that got past the check above inserts nothing here.
        int inserted = jdbc.sql("""
                        insert into certificate (id, job_id, agent_id, employer_id, spec_hash, result_hash, reward,
                                                 settled_at, issued_at, key_id, jws)
                        values (:id, :jobId, :agentId, :employerId, :specHash, :resultHash, :reward,
                                :settledAt, :issuedAt, :keyId, :jws)
                        on conflict (job_id) do nothing""")
                .param("id", content.id())
                .param("jobId", content.jobId())
                .param("agentId", content.agentId())
                .param("employerId", content.employerId())
                .param("specHash", content.specHash())
                .param("resultHash", content.resultHash())
                .param("reward", content.reward().value())
                .param("settledAt", timestamp(content.settledAt()))
                .param("issuedAt", timestamp(content.issuedAt()))
                .param("keyId", signed.keyId())
                .param("jws", signed.jws())
                .update();
        if (inserted == 1) {
            events.publishEvent(new CertificateIssued(content.id(), content.jobId(), content.agentId(),
                    content.issuedAt()));
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
