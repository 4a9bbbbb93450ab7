package org.agijobs.jobs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.agijobs.support.ApiTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An API test of the jobs module: the whole backend, with a movable clock and a SQL statement counter. The
 * scheduler does not poll here, so nothing expires behind a test's back: tests run due executions themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@Import({JobsTestConfiguration.class, JobsFixture.class, JobEventRecorder.class})
@TestPropertySource(properties = "agijobs.scheduler.polling=false")
public @interface JobsTest {
}
