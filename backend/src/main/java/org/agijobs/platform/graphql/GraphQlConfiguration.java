package org.agijobs.platform.graphql;

import java.util.List;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Public API limits: a query deeper or costlier than the configured bounds is refused before it runs,
 * so one client cannot make the server walk the whole graph.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlConfiguration.Limits.class)
class GraphQlConfiguration {

    @ConfigurationProperties("agijobs.graphql")
    record Limits(int maxDepth, int maxComplexity) {
        Limits {
            if (maxDepth <= 0) {
                maxDepth = 12;
            }
            if (maxComplexity <= 0) {
                maxComplexity = 1000;
            }
        }
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(Limits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
    }

    /**
     * Replaces Spring GraphQL's JSON cursors, which carry Java class names and parse whatever they are given. Boot
     * backs off only for a bean of its own type, an {@link EncodingCursorStrategy}; the cursors encode themselves,
     * so its encoder does nothing.
     */
    @Bean
    EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
        return CursorStrategy.withEncoder(new OpaqueCursors(), CursorEncoder.noOpEncoder());
    }

    /** At most 1,000 distinct documents are kept parsed: far more than the portal and the known clients send. */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments() {
        ParsedDocuments documents = new ParsedDocuments(1_000);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /** Runs before Spring GraphQL's visitor that wraps each non-trivial fetcher: see {@link InMemoryFieldsAreTrivial}. */
    @Bean
    GraphQlSourceBuilderCustomizer inMemoryFieldsAreTrivial(ApplicationContext context) {
        return builder -> builder.typeVisitors(List.of(new InMemoryFieldsAreTrivial(type -> context.getBean(type))));
    }

    /**
     * Boot hands every controller method to the (virtual thread) task executor; a method marked {@link InMemory}
     * is called in place instead.
     */
    @Bean
    static BeanPostProcessor inMemoryFieldsRunInPlace() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer controllers) {
                    // Spring GraphQL's own rule (no reactive return type means blocking), less the in-memory fields.
                    controllers.setBlockingMethodPredicate(method -> !method.hasMethodAnnotation(InMemory.class)
                            && ReactiveAdapterRegistry.getSharedInstance()
                                    .getAdapter(method.getReturnType().getParameterType()) == null);
                }
                return bean;
            }
        };
    }

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DateTimeScalar.INSTANCE);
    }
}
