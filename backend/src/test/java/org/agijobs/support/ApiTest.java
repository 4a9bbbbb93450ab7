package org.agijobs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.agijobs.certificates.CertificateFixture;
import org.agijobs.disputes.DisputeFixture;
import org.agijobs.jobs.JobEventRecorder;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.staking.StakeEventRecorder;
import org.agijobs.staking.StakingFixture;
import org.agijobs.treasury.TreasuryFixture;
import org.agijobs.validation.ValidationFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The one test world: a full backend on a random port with the real PostgreSQL schema, test tokens, one
 * {@link MutableClock}, a statement counter and every fixture. Every API test uses exactly this annotation (or
 * {@link ProductionApiTest}), so all of them share one cached context. Time only moves forward in it, so tests
 * take "now" from the clock. Its scheduler does not poll: tests run due executions through {@link DueExecutions},
 * and since that runs every test's due executions, tests assert only about their own rows. The audit chain is
 * sealed after each commit (and when a test asks), its periodic run pushed out of the way; so is the treasury
 * gauges' refresh, which tests trigger themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ApiTestConfiguration.class, Participants.class, DueExecutions.class, JobsFixture.class,
        JobEventRecorder.class, ValidationFixture.class, SettlementFixture.class, DisputeFixture.class,
        CertificateFixture.class, StakingFixture.class, StakeEventRecorder.class, TreasuryFixture.class,
        EventPublications.class})
@TestPropertySource(properties = {"agijobs.scheduler.polling=false", "agijobs.audit.seal-interval=PT1H",
        "agijobs.metrics.balance-refresh=PT1H", "management.server.port=0"})
public @interface ApiTest {
}
