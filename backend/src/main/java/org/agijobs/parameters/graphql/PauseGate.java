package org.agijobs.parameters.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.language.OperationDefinition.Operation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;

import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.PausedMutations;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.UserError;
import org.springframework.stereotype.Component;

/**
 * The one place where the pause refuses mutations: in front of every top-level mutation field, before its
 * controller (so before any service, transaction or idempotency record), a mutation that the pause in force
 * refuses ({@link PausedMutations}) answers its payload with one {@code PAUSED} user error, every other payload
 * field null, and nothing changes. Every payload has {@code userErrors} and a nullable result, so one answer
 * fits them all.
 */
@Component
class PauseGate extends SimplePerformantInstrumentation {

    private final MarketPause pause;

    PauseGate(MarketPause pause) {
        this.pause = pause;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // Asked first because it costs nothing: the environment is built for this question only, and a
        // subscription event asks it for every field and subscriber.
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() != Operation.MUTATION) {
            return fetcher;
        }
        DataFetchingEnvironment environment = parameters.getEnvironment();
        GraphQLObjectType mutation = environment.getGraphQLSchema().getMutationType();
        if (mutation == null || !(environment.getParentType() instanceof GraphQLObjectType parent)
                || !parent.getName().equals(mutation.getName())) {
            return fetcher;
        }
        String name = environment.getField().getName();
        return current -> {
            Optional<DomainException> refused = pause.refusal(name);
            if (refused.isPresent()) {
                return Map.of("userErrors", List.of(UserError.of(refused.get())));
            }
            return fetcher.get(current);
        };
    }
}
