package org.agijobs.ledger.graphql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.ledger.AccountBalance;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.LedgerHealth;
import org.agijobs.ledger.LedgerService;
import org.agijobs.ledger.AccountEntry;
import org.agijobs.ledger.internal.AccountHistory;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Controller;

@Controller
class LedgerController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private static final List<Cursors.Key> NEWEST_FIRST = List.of(new Cursors.Key(AccountHistory.AT, Instant.class),
            new Cursors.Key(AccountHistory.ID, UUID.class));

    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @QueryMapping
    List<AccountBalance> myBalances(Caller caller) {
        return ledger.myBalances(caller);
    }

    @QueryMapping
    Window<AccountEntry> myAccountHistory(@Argument AccountKind account, ScrollSubrange subrange, Caller caller) {
        return ledger.myAccountHistory(caller, account == null ? AccountKind.WALLET : account,
                Cursors.keyset(subrange, NEWEST_FIRST),
                Math.clamp(subrange.count().orElse(DEFAULT_PAGE), 1, MAX_PAGE));
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
