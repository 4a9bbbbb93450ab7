package org.agijobs.support;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** What every API test adds to the application: test tokens, the test database, one clock, a statement counter. */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

    public static final String DATABASE_PROPERTY = "agijobs.test.database";

    @Bean
    @Primary
    TestTokens testTokens() {
        return new TestTokens();
    }

    /** The shared test database, or the one {@value #DATABASE_PROPERTY} names (see {@link DemoMarketTest}). */
    @Bean
    DynamicPropertyRegistrar embeddedDatabase(Environment environment) {
        String database = environment.getProperty(DATABASE_PROPERTY, "postgres");
        return registry -> registry.add("spring.datasource.url", () -> EmbeddedPostgresDatabase.jdbcUrl(database));
    }

    /** The platform clock: one per context, moved forward by the tests that cross deadlines. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    static BeanPostProcessor countingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? counter.wrap(dataSource) : bean;
            }
        };
    }
}
