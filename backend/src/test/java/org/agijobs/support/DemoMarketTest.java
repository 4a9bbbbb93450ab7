package org.agijobs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The backend as {@code ./platform start} runs it ({@code dev,demo}): the demo market seeds itself at start-up.
 * Its context has a database of its own in the embedded server, because the seeding writes jobs, stakes and the
 * demo profile's short windows that every test in the shared database would otherwise see. One annotation, so
 * every demo test shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@ActiveProfiles({"dev", "demo"})
@TestPropertySource(properties = ApiTestConfiguration.DATABASE_PROPERTY + "=demo_market")
public @interface DemoMarketTest {
}
