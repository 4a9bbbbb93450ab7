package org.agijobs.parameters.graphql;

import java.time.Instant;
import java.util.List;

import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.PauseChanged;
import org.agijobs.parameters.PauseLevel;
import org.agijobs.parameters.PauseState;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.graphql.InMemory;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;

/** {@code pauseState}, {@code pause} and {@code pauseChanges}; resuming is a governance proposal. */
@Controller
class PauseController {

    private final MarketPause pause;
    private final PauseChangeStream changes;

    PauseController(MarketPause pause, PauseChangeStream changes) {
        this.pause = pause;
        this.changes = changes;
    }

    record PauseInput(PauseLevel level, String reason) {
    }

    record PausePayload(PauseState pauseState, List<UserError> userErrors) {
    }

    @QueryMapping
    PauseState pauseState(Caller caller) {
        return pause.state(caller);
    }

    @MutationMapping
    PausePayload pause(@Argument PauseInput input, Caller caller) {
        return Payloads.of(() -> pause.pause(caller, input.level(), input.reason()), PausePayload::new);
    }

    @SubscriptionMapping
    Flux<Delivered<PauseChanged>> pauseChanges(@Argument @Nullable String after, Caller caller) {
        Authorization.requireSomeRole(caller);
        return changes.changes(after);
    }

    // A PauseState is read by the query and the mutation, and delivered (with its cursor) by the subscription.

    @InMemory
    @SchemaMapping(typeName = "PauseState", field = "level")
    PauseLevel level(Object source) {
        return state(source).level();
    }

    @InMemory
    @SchemaMapping(typeName = "PauseState", field = "reason")
    @Nullable String reason(Object source) {
        return state(source).reason();
    }

    @InMemory
    @SchemaMapping(typeName = "PauseState", field = "since")
    Instant since(Object source) {
        return state(source).since();
    }

    @InMemory
    @SchemaMapping(typeName = "PauseState", field = "pausedBy")
    @Nullable String pausedBy(Object source) {
        PauseState state = state(source);
        return state.paused() ? state.byName() : null;
    }

    @InMemory
    @SchemaMapping(typeName = "PauseState", field = "cursor")
    @Nullable String cursor(Object source) {
        return source instanceof Delivered<?> delivered ? delivered.cursor() : null;
    }

    private static PauseState state(Object source) {
        return source instanceof Delivered<?> delivered && delivered.event() instanceof PauseChanged changed
                ? changed.state() : (PauseState) source;
    }
}
