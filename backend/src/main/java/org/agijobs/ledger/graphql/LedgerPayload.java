package org.agijobs.ledger.graphql;

import java.util.List;

import org.agijobs.ledger.LedgerReceipt;
import org.agijobs.platform.errors.UserError;

/** The payload of every deposit and withdrawal mutation: the receipt, or why nothing happened. */
record LedgerPayload(LedgerReceipt receipt, List<UserError> userErrors) {
}
