package org.agijobs.treasury;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.agijobs.support.ApiTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An API test of the treasury module. The scheduler does not poll here, so tests run the {@code fee-distribution}
 * execution themselves; see {@link TreasuryFixture#holdScheduledRuns()} for the other contexts' schedulers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@Import(TreasuryFixture.class)
@TestPropertySource(properties = "agijobs.scheduler.polling=false")
@interface TreasuryTest {
}
