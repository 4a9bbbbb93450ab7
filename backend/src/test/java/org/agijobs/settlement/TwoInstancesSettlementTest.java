package org.agijobs.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.internal.ChallengeWindowRunner;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.ProductionApiTest;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Two backend instances on one database, as production runs them: both try to settle the same job at once, and
 * the job is settled once. The second instance is the test world's other context, the production-profile
 * application (own connection pool, own scheduler, own services) on the same test database: no third context.
 * Its clock is moved to this one's, so both agree the window is over.
 */
@ApiTest
class TwoInstancesSettlementTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    MutableClock clock;
    @Autowired
    ChallengeWindowRunner here;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void isolatedPool() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void bothInstancesRacingToSettleAJobSettleItOnce() throws Exception {
        List<Participant> pool = validation.pool("twin.validator", 3);
        Delivered delivered = validation.delivered("twin", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        validation.advance(Duration.ofDays(1));
        ApplicationContext secondInstance = ProductionInstance.context();
        catchUp(secondInstance.getBean(MutableClock.class));
        ChallengeWindowRunner there = secondInstance.getBean(ChallengeWindowRunner.class);
        assertThat(there).isNotSameAs(here);
        assertThat(secondInstance.getBean(DataSource.class)).isNotSameAs(dataSource);

        List<Callable<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(() -> here.settleIfDue(JobsFixture.uuid(delivered.job())));
            runs.add(() -> there.settleIfDue(JobsFixture.uuid(delivered.job())));
        }
        List<Boolean> settled = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> run : threads.invokeAll(runs)) {
                settled.add(run.get());
            }
        }

        assertThat(settled).containsOnlyOnce(true);
        assertThat(jobs.state(delivered.job())).isEqualTo("FINALIZED");
        assertThat(validation.wallet(delivered.agent())).isEqualTo(Money.of("920.000000000000000002"));
        assertThat(jobs.count("select count(*) from job_settlement where job_id = :job",
                Map.of("job", JobsFixture.uuid(delivered.job())))).isEqualTo(1);
        assertThat(jobs.count("select count(*) from certificate where job_id = :job",
                Map.of("job", JobsFixture.uuid(delivered.job())))).isEqualTo(1);
        validation.requireHealthyLedger();
    }

    /** Moves the other instance's clock (which only moves forward) to this one's now. */
    private void catchUp(MutableClock other) {
        Duration behind = Duration.between(other.instant(), clock.instant());
        if (behind.isPositive()) {
            other.advance(behind);
        }
    }

    /** Stands for the production-profile context: the same configuration as every production test, so it is cached once. */
    @ProductionApiTest
    static final class ProductionInstance {

        static ApplicationContext context() {
            return new TestContextManager(ProductionInstance.class).getTestContext().getApplicationContext();
        }
    }
}
