package org.agijobs.jobs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.agijobs.support.ApiTest;
import org.agijobs.support.DueDeadlines;
import org.agijobs.validation.ValidationFixture;
import org.agijobs.support.MutableClockConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An API test of the jobs module: the whole backend, with a clock that tests move forward and a SQL statement
 * counter. The scheduler does not poll here, so nothing expires behind a test's back: tests run due executions
 * themselves. Time only moves forward in the shared context, so tests take "now" from {@link JobsFixture#now()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@Import({MutableClockConfiguration.class, JobsTestConfiguration.class, JobsFixture.class, JobEventRecorder.class,
        ValidationFixture.class, DueDeadlines.class})
@TestPropertySource(properties = "agijobs.scheduler.polling=false")
public @interface JobsTest {
}
