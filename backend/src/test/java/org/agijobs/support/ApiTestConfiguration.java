package org.agijobs.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

    @Bean
    @Primary
    TestTokens testTokens() {
        return new TestTokens();
    }

    @Bean
    DynamicPropertyRegistrar embeddedDatabase() {
        return registry -> registry.add("spring.datasource.url", EmbeddedPostgresDatabase::jdbcUrl);
    }
}
