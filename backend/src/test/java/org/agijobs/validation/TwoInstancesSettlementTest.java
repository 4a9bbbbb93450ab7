package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.AgiJobsApplication;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Actor;
import org.agijobs.jobs.JobsTest;
import org.agijobs.ledger.Money;
import org.agijobs.settlement.internal.ChallengeWindowRunner;
import org.agijobs.support.EmbeddedPostgresDatabase;
import org.agijobs.support.MutableClock;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Two backend instances on one database, as production runs them: both try to settle the same job at once, and
 * the job is settled once. The second instance is a whole second application (own connection pool, own
 * scheduler, own services) sharing the database and this test's clock, so both agree the window is over.
 */
@JobsTest
class TwoInstancesSettlementTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    MutableClock clock;
    @Autowired
    ChallengeWindowRunner here;

    private ConfigurableApplicationContext secondInstance;

    @BeforeEach
    void startASecondInstance() {
        validation.isolate();
        // Arguments, not default properties: they must win over application.yml's defaults.
        secondInstance = new SpringApplicationBuilder(AgiJobsApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("sharedClock", Clock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                .run("--server.port=0",
                "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(), "--agijobs.scheduler.polling=false",
                "--spring.main.banner-mode=off");
    }

    @AfterEach
    void stopIt() {
        secondInstance.close();
        validation.cleanUp();
    }

    @Test
    void bothInstancesRacingToSettleAJobSettleItOnce() throws Exception {
        List<Actor> pool = validation.pool("twin.validator", 3);
        Delivered delivered = validation.delivered("twin", "1000");
        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        validation.advance(Duration.ofDays(1));
        ChallengeWindowRunner there = secondInstance.getBean(ChallengeWindowRunner.class);
        assertThat(secondInstance.getBean(Clock.class)).isSameAs(clock);

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
}
