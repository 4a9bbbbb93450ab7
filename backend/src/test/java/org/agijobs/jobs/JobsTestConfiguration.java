package org.agijobs.jobs;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What jobs tests add to the API test application: a SQL statement counter. */
@TestConfiguration(proxyBeanMethods = false)
public class JobsTestConfiguration {

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
