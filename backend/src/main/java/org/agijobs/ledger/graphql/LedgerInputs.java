package org.agijobs.ledger.graphql;

import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;

/** The mutation inputs of ledger.graphqls; amounts arrive as the client's text (see {@link MoneyScalar}). */
final class LedgerInputs {

    static final String AMOUNT_FIELD = "input.amount";
    private static final String PARTICIPANT_TYPE = "Participant";

    private LedgerInputs() {
    }

    record FundAccountInput(String participant, String amount, String idempotencyKey) {

        UUID participantId() {
            return GlobalId.require(participant, PARTICIPANT_TYPE, "input.participant");
        }
    }

    record AmountInput(String amount, String idempotencyKey) {
    }

    static Money amount(String text) {
        return Money.parsePositive(text, AMOUNT_FIELD);
    }
}
