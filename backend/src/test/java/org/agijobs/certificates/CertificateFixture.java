package org.agijobs.certificates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.SettlementRecorder;
import org.agijobs.support.Participant;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs that reach settlement for certificate tests: posted, taken and submitted through the API, then settled
 * by handing {@link JobSettled} to every {@link SettlementRecorder} inside a transaction, as the settlement module
 * does.
 */
@TestComponent
public class CertificateFixture {

    /** A job whose result was submitted, with what its certificate should state. */
    record SubmittedJob(Participant employer, Participant agent, String jobId, String specHash, String resultHash, Money reward) {

        UUID jobUuid() {
            return JobsFixture.uuid(jobId);
        }
    }

    private final JobsFixture jobs;
    private final List<SettlementRecorder> recorders;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    CertificateFixture(JobsFixture jobs, List<SettlementRecorder> recorders,
                       PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.jobs = jobs;
        this.recorders = recorders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    SubmittedJob submittedJob(String reward) {
        return submittedJob(jobs.employer("cert.employer", "1000"), jobs.agent("cert.agent", "100", "AI"), reward);
    }

    SubmittedJob submittedJob(Participant employer, Participant agent, String reward) {
        String jobId = jobs.postJob(employer, "Certified work", reward);
        JobsFixture.requireNoErrors(jobs.apply(agent, jobId), "applyForJob");
        String resultHash = sha256("result of " + jobId);
        JobsFixture.requireNoErrors(jobs.submit(agent, jobId, resultHash, null), "submitResult");
        String specHash = jdbc.sql("select spec_hash from job where id = :id").param("id", JobsFixture.uuid(jobId))
                .query(String.class).single();
        return new SubmittedJob(employer, agent, jobId, specHash, resultHash, Money.of(reward));
    }

    /** The event settlement publishes for the job, settled a moment ago. */
    JobSettled settled(SubmittedJob job, boolean success) {
        Instant now = jobs.now();
        return new JobSettled(job.jobUuid(), job.employer().id(), job.agent().id(), success, job.reward(),
                success ? job.reward() : Money.ZERO, job.specHash(), job.resultHash(), now.minus(2, ChronoUnit.HOURS),
                now.minus(1, ChronoUnit.HOURS), now.truncatedTo(ChronoUnit.MILLIS).minusMillis(1), List.of(), JobSettled.Costs.NONE);
    }

    /** Records the settlements in one transaction, as settlement does. */
    void recordInTransaction(JobSettled... settled) {
        transactions.executeWithoutResult(status -> {
            for (JobSettled each : settled) {
                record(each);
            }
        });
    }

    /** Hands the settlement to every recorder in the caller's transaction (if any), as settlement does. */
    void record(JobSettled settled) {
        recorders.forEach(recorder -> recorder.record(settled));
    }

    /** Settles the job as a success and returns the JWS of its certificate. */
    String certify(SubmittedJob job) {
        recordInTransaction(settled(job, true));
        return jdbc.sql("select jws from certificate where job_id = :job").param("job", job.jobUuid())
                .query(String.class).single();
    }

    /** The job's certificate as its agent reads it through the API: id, issuedAt, keyId and jws. */
    Map<String, Object> issuedTo(SubmittedJob job) {
        return jobs.http(job.agent())
                .documentName("certificateIssued")
                .variable("jobId", job.jobId()).executeSync().field("certificate").getValue();
    }

    long certificatesOf(SubmittedJob job) {
        return jdbc.sql("select count(*) from certificate where job_id = :job").param("job", job.jobUuid())
                .query(Long.class).single();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
