package org.agijobs.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the platform clock with a {@link MutableClock}. Import it next to {@link ApiTest} in the tests that
 * move time; they share one context of their own, so the other API tests keep real time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
