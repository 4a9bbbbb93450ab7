package org.agijobs.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Settlement under races and failures, and a parent that waits for its sub-jobs. */
@ApiTest
class SettlementSafetyTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;

    private List<Participant> pool;

    @BeforeEach
    void isolatedPool() {
        validation.isolate();
        pool = validation.pool("safe.validator", 3);
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void manySettlementRunsAtOnceSettleTheJobOnce() throws Exception {
        Delivered delivered = validation.delivered("raced", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        validation.advance(Duration.ofDays(1));

        List<Boolean> settled;
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> runs = threads.invokeAll(IntStream.range(0, 8)
                    .<Callable<Boolean>>mapToObj(i -> () -> settlement.settleIfDue(delivered.job())).toList());
            settled = runs.stream().map(run -> {
                try {
                    return run.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(settled).containsOnlyOnce(true);
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of("920.000000000000000002"));
        assertThat(jobs.count("select count(*) from job_settlement where job_id = :job",
                Map.of("job", JobsFixture.uuid(delivered.job())))).isEqualTo(1);
        validation.requireHealthyLedger();
    }

    @Test
    void aSettlementThatFailsHalfWayLeavesNothingBehindAndTheNextRunSettles() {
        Delivered delivered = validation.delivered("crashed", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        validation.advance(Duration.ofDays(1));
        Money employer = validation.wallet(delivered.employer());
        settlement.crashNextSettlementOf(delivered.job());

        assertThatThrownBy(() -> settlement.settleIfDue(delivered.job())).hasMessageContaining("Simulated crash");

        assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");
        assertThat(validation.balance(AccountRef.escrow(JobsFixture.uuid(delivered.job())))).isEqualTo(Money.of(1050));
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.ZERO);
        pool.forEach(member -> assertThat(validation.lockedValidatorStake(member)).isEqualTo(ValidationFixture.POOL_STAKE));
        assertThat(jobs.count("select count(*) from certificate where job_id = :job",
                Map.of("job", JobsFixture.uuid(delivered.job())))).isZero();

        assertThat(settlement.settleIfDue(delivered.job())).isTrue();
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of("920.000000000000000002"));
        assertThat(validation.wallet(delivered.employer())).isEqualTo(employer);
        validation.requireHealthyLedger();
    }

    @Test
    void aParentWaitsForItsSubJobsBeforeSettlingAsASuccess() {
        Participant employer = jobs.employer("parent.employer", "10000");
        Participant agent = jobs.agent("parent.agent", "100", "AI");
        jobs.fund(agent.id(), Money.of(500));
        String parent = jobs.postJob(employer, "Parent", "1000");
        JobsFixture.requireNoErrors(jobs.apply(agent, parent), "applyForJob");
        String deadline = jobs.http(employer).documentName("jobDeadline")
                .variable("id", parent).executeSync().field("node.deadline").toEntity(String.class);
        Map<String, Object> childInput = jobs.jobInput("Child", "100");
        childInput.put("parent", parent);
        childInput.put("deadline", deadline);
        var child = jobs.createJob(agent, childInput);
        JobsFixture.requireNoErrors(child, "createJob");
        String childId = child.field("createJob.job.id").toEntity(String.class);
        JobsFixture.requireNoErrors(jobs.submit(agent, parent, "b0".repeat(32), null), "submitResult");
        validation.vote(parent, Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));

        assertThatThrownBy(() -> settlement.endChallengeWindow(parent)).hasMessageContaining("sub-jobs");
        assertThat(jobs.state(parent)).isEqualTo("COMPLETED");

        JobsFixture.requireNoErrors(jobs.cancel(agent, childId, null), "cancelJob");
        assertThat(settlement.settleIfDue(parent)).isTrue();
        assertThat(jobs.state(parent)).isEqualTo("FINALIZED");
    }
}
