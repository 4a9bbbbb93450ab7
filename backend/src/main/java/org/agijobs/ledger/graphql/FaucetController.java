package org.agijobs.ledger.graphql;

import org.agijobs.ledger.DemoFaucet;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.springframework.context.annotation.Profile;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code requestFaucet}, registered with its schema (graphql-dev/) in the dev profile only. */
@Controller
@Profile("dev")
class FaucetController {

    private final DemoFaucet faucet;

    FaucetController(DemoFaucet faucet) {
        this.faucet = faucet;
    }

    @MutationMapping
    LedgerPayload requestFaucet(@Argument LedgerInputs.AmountInput input, Caller caller) {
        return Payloads.of(() -> faucet.request(caller, LedgerInputs.amount(input.amount()), input.idempotencyKey()),
                LedgerPayload::new);
    }
}
