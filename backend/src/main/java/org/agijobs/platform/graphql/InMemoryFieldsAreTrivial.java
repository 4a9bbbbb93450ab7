package org.agijobs.platform.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.LightDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.util.ReflectionUtils;

/**
 * Every {@link InMemory} controller method becomes a light data fetcher, as graphql-java's own property fetchers
 * are: the method is called with the source, nothing else. A light fetcher is not timed as an observation, not
 * wrapped to carry the request's thread context (security, tracing), and needs no environment or handler method
 * built for the call; an in-memory read of the source needs none of them. Per field and subscriber of a
 * subscription event, they cost more than the field itself.
 * <p>
 * Runs before Spring GraphQL's own visitor, which wraps every fetcher that is not trivial with the context
 * hand-over.
 */
final class InMemoryFieldsAreTrivial extends GraphQLTypeVisitorStub {

    private final Function<Class<?>, Object> controllers;

    /** {@code controllers} gives the bean of a controller class. */
    InMemoryFieldsAreTrivial(Function<Class<?>, Object> controllers) {
        this.controllers = controllers;
    }

    @Override
    public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
            TraverserContext<GraphQLSchemaElement> context) {
        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        FieldCoordinates coordinates = FieldCoordinates.coordinates((GraphQLFieldsContainer) context.getParentNode(),
                field);
        if (registry.getDataFetcher(coordinates, field) instanceof SelfDescribingDataFetcher<?> fetcher
                && fetcher.asMethod() instanceof Method method
                && AnnotatedElementUtils.hasAnnotation(method, InMemory.class)) {
            if (method.getParameterCount() != 1) {
                throw new IllegalStateException("An @InMemory method takes its source and nothing else: " + method);
            }
            ReflectionUtils.makeAccessible(method);
            registry.dataFetcher(coordinates,
                    new InMemoryField(fetcher, method, controllers.apply(method.getDeclaringClass())));
        }
        return TraversalControl.CONTINUE;
    }

    /** Calls the method on its controller; still describes itself as the controller's fetcher for schema checks. */
    private record InMemoryField(SelfDescribingDataFetcher<?> described, Method method, Object controller)
            implements LightDataFetcher<Object>, SelfDescribingDataFetcher<Object> {

        @Override
        public @Nullable Object get(GraphQLFieldDefinition field, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            try {
                return method.invoke(controller, source);
            } catch (InvocationTargetException thrown) {
                if (thrown.getCause() instanceof Exception exception) {
                    throw exception;
                }
                throw thrown;
            }
        }

        @Override
        public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        @Override
        public String getDescription() {
            return described.getDescription();
        }

        @Override
        public ResolvableType getReturnType() {
            return described.getReturnType();
        }

        @Override
        public Map<String, ResolvableType> getArguments() {
            return described.getArguments();
        }

        @Override
        public Method asMethod() {
            return method;
        }
    }
}
