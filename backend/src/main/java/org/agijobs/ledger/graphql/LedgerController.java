package org.agijobs.ledger.graphql;

import java.util.List;

import org.agijobs.ledger.AccountBalance;
import org.agijobs.ledger.LedgerHealth;
import org.agijobs.ledger.LedgerService;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LedgerController {

    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @QueryMapping
    List<AccountBalance> myBalances(Caller caller) {
        return ledger.myBalances(caller);
    }

    @QueryMapping
    LedgerHealth ledgerHealth(Caller caller) {
        return ledger.health(caller);
    }

    @MutationMapping
    LedgerPayload fundAccount(@Argument LedgerInputs.FundAccountInput input, Caller caller) {
        return Payloads.of(() -> ledger.fundAccount(caller, input.participantId(), LedgerInputs.amount(input.amount()),
                input.idempotencyKey()), LedgerPayload::new);
    }

    @MutationMapping
    LedgerPayload withdraw(@Argument LedgerInputs.AmountInput input, Caller caller) {
        return Payloads.of(() -> ledger.withdraw(caller, LedgerInputs.amount(input.amount()), input.idempotencyKey()),
                LedgerPayload::new);
    }

    @MutationMapping
    LedgerPayload creditTreasury(@Argument LedgerInputs.AmountInput input, Caller caller) {
        return Payloads.of(() -> ledger.creditTreasury(caller, LedgerInputs.amount(input.amount()),
                input.idempotencyKey()), LedgerPayload::new);
    }
}
