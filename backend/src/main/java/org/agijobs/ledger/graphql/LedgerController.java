package org.agijobs.ledger.graphql;

import java.util.List;

import org.agijobs.ledger.AccountBalance;
import org.agijobs.ledger.LedgerHealth;
import org.agijobs.ledger.LedgerService;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
class LedgerController {

    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @QueryMapping
    List<AccountBalance> myBalances(Authentication authentication) {
        return ledger.myBalances(Callers.callerOf(authentication));
    }

    @QueryMapping
    LedgerHealth ledgerHealth(Authentication authentication) {
        return ledger.health(Callers.callerOf(authentication));
    }

    @MutationMapping
    LedgerPayload fundAccount(@Argument LedgerInputs.FundAccountInput input, Authentication authentication) {
        var caller = Callers.callerOf(authentication);
        return Payloads.of(() -> ledger.fundAccount(caller, input.participantId(), LedgerInputs.amount(input.amount()),
                input.idempotencyKey()), LedgerPayload::new);
    }

    @MutationMapping
    LedgerPayload withdraw(@Argument LedgerInputs.AmountInput input, Authentication authentication) {
        var caller = Callers.callerOf(authentication);
        return Payloads.of(() -> ledger.withdraw(caller, LedgerInputs.amount(input.amount()), input.idempotencyKey()),
                LedgerPayload::new);
    }

    @MutationMapping
    LedgerPayload withdrawTreasury(@Argument LedgerInputs.AmountInput input, Authentication authentication) {
        var caller = Callers.callerOf(authentication);
        return Payloads.of(() -> ledger.withdrawTreasury(caller, LedgerInputs.amount(input.amount()),
                input.idempotencyKey()), LedgerPayload::new);
    }

    @MutationMapping
    LedgerPayload creditTreasury(@Argument LedgerInputs.AmountInput input, Authentication authentication) {
        var caller = Callers.callerOf(authentication);
        return Payloads.of(() -> ledger.creditTreasury(caller, LedgerInputs.amount(input.amount()),
                input.idempotencyKey()), LedgerPayload::new);
    }
}
