package org.agijobs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A full backend on a random port with the real PostgreSQL schema and test tokens. Its scheduler does not poll:
 * test contexts stay cached while other test classes run, often with a clock moved days ahead, and a polling
 * scheduler would run other tests' deadlines (tallies, settlements, expiries) behind their backs. Tests run due
 * executions themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTestConfiguration.class)
@TestPropertySource(properties = "agijobs.scheduler.polling=false")
public @interface ApiTest {
}
