package org.agijobs.parameters.graphql;

import java.util.List;

import org.agijobs.parameters.MarketPause;
import org.agijobs.parameters.PauseLevel;
import org.agijobs.parameters.PauseState;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
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
    Flux<PauseState> pauseChanges(Caller caller) {
        Authorization.requireSomeRole(caller);
        return changes.states();
    }

    @SchemaMapping(typeName = "PauseState", field = "pausedBy")
    String pausedBy(PauseState state) {
        return state.paused() ? state.byName() : null;
    }
}
