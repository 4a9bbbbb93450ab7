package org.agijobs.ledger.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import java.util.Map;
import java.util.UUID;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger on PostgreSQL. A transfer locks both account rows in the order of their codes, so two transfers
 * over the same accounts (in either direction) queue instead of deadlocking; it checks the source balance
 * under that lock, so concurrent debits cannot overdraw; and the database's check constraint refuses a
 * negative balance should any code ever bypass this class.
 */
@Component
class JdbcLedger implements Ledger {

    private final AccountRows rows;
    private final Clock clock;

    JdbcLedger(AccountRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void transfer(AccountRef from, AccountRef to, Money amount, LedgerReason reason, String reference) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A transfer moves a positive amount, not " + amount);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("A transfer needs two different accounts, got " + from.code() + " twice");
        }
        Objects.requireNonNull(reason, "reason");
        boolean fromFirst = from.code().compareTo(to.code()) < 0;
        AccountRows.Locked source;
        AccountRows.Locked target;
        if (fromFirst) {
            source = rows.lockOrCreate(from);
            target = rows.lockOrCreate(to);
        } else {
            target = rows.lockOrCreate(to);
            source = rows.lockOrCreate(from);
        }
        if (!from.kind().mayGoNegative() && source.balance().isLessThan(amount)) {
            throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, "The " + from.kind().name().toLowerCase(Locale.ROOT)
                    + " account holds less than the " + amount + " needed");
        }
        rows.add(source.id(), amount.value().negate());
        rows.add(target.id(), amount.value());
        rows.recordTransfer(source.id(), target.id(), amount, reason.name(), reference, CurrentActor.subject(), clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<AccountRef> accounts) {
        accounts.stream().distinct().sorted(Comparator.comparing(AccountRef::code)).forEach(rows::lockOrCreate);
    }

    @Override
    public Money balanceOf(AccountRef account) {
        return rows.balanceOf(Objects.requireNonNull(account, "account"));
    }

    @Override
    public Map<UUID, Money> positiveBalancesOf(AccountKind kind) {
        if (kind.scope() != AccountKind.Scope.PARTICIPANT) {
            throw new IllegalArgumentException(kind + " is not a participant's account");
        }
        return rows.positiveBalancesOf(kind);
    }
}
