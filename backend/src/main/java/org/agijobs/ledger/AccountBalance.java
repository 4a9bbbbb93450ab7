package org.agijobs.ledger;

import org.agijobs.platform.money.Money;

/** One account's balance; {@code code} is the account's {@link AccountRef#code()}. */
public record AccountBalance(AccountKind kind, String code, Money balance) {

    public static AccountBalance of(AccountRef account, Money balance) {
        return new AccountBalance(account.kind(), account.code(), balance);
    }
}
