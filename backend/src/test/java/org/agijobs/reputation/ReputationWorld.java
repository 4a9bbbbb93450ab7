package org.agijobs.reputation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.SettlementRecorder;
import org.agijobs.settlement.JobSettled.ValidatorVerdict;
import org.agijobs.support.Participant;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs that end, as the reputation module sees them: posted through the API, then settled by handing
 * {@link JobSettled} to every {@link SettlementRecorder} inside a transaction, as the settlement module does at
 * the end of its own.
 */
class ReputationWorld {

    /** A participant's standing as the API shows it. */
    record Standing(long agent, long validator, long employerSuccessfulJobs, long employerSettledJobs,
                    Double employerScore) {
    }

    /** One entry of {@code reputationHistory}. */
    record Change(String role, String jobId, long delta, long scoreAfter, String reason) {
    }

    private final JobsFixture fixture;
    private final List<SettlementRecorder> recorders;
    private final TransactionTemplate transactions;

    ReputationWorld(JobsFixture fixture, List<SettlementRecorder> recorders,
                    PlatformTransactionManager transactionManager) {
        this.fixture = fixture;
        this.recorders = recorders;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Posts a job of {@code reward} and returns its id; the employer is funded for reward and fee. */
    UUID job(Participant employer, String reward) {
        fixture.fund(employer.id(), Money.of(reward).plus(Money.of(reward).basisPoints(500)));
        return JobsFixture.uuid(fixture.postJob(employer, "Reputation " + reward, reward));
    }

    /** A settlement of {@code job} with {@code worked} seconds from assignment to submission. */
    JobSettled settlement(UUID job, Participant employer, Participant agent, boolean success, String reward, long worked,
                          List<ValidatorVerdict> validators) {
        Instant assigned = fixture.now().minusSeconds(worked + 3_600);
        return new JobSettled(job, employer.id(), agent.id(), success, Money.of(reward),
                success ? Money.of(reward) : Money.ZERO, "ab".repeat(32), "cd".repeat(32), assigned,
                assigned.plusSeconds(worked), fixture.now(), validators, JobSettled.Costs.NONE);
    }

    /** Hands the settlement to every recorder in its own transaction, as settlement does. */
    void settle(JobSettled settled) {
        transactions.executeWithoutResult(status -> recorders.forEach(recorder -> recorder.record(settled)));
    }

    static ValidatorVerdict verdict(Participant validator, JobSettled.Verdict verdict) {
        return new ValidatorVerdict(validator.id(), verdict);
    }

    Standing standing(Participant reader, Participant participant) {
        ClientGraphQlResponse response = fixture.http(reader).documentName("reputation")
                .variable("id", participant.globalId()).executeSync();
        return response.field("node.reputation").toEntity(Standing.class);
    }

    List<Change> history(Participant reader, Participant participant, Integer first) {
        var request = fixture.http(reader).documentName("reputationHistory")
                .variable("participant", participant.globalId());
        if (first != null) {
            request = request.variable("first", first);
        }
        List<Map<String, Object>> entries = request.executeSync().field("reputationHistory").getValue();
        return entries.stream().map(entry -> new Change((String) entry.get("role"),
                (String) ((Map<?, ?>) entry.get("job")).get("id"), ((Number) entry.get("delta")).longValue(),
                ((Number) entry.get("scoreAfter")).longValue(), (String) entry.get("reason"))).toList();
    }

    static String globalJobId(UUID job) {
        return GlobalId.of("Job", job);
    }
}
