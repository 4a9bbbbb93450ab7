package org.agijobs.staking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.staking.StakeLock;
import org.agijobs.staking.StakeLocked;
import org.agijobs.staking.StakeReleased;
import org.agijobs.staking.StakeRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Free stake to locked for a reference, and back exactly once. */
@Component
public class StakeLocks {

    private final Ledger ledger;
    private final StakeBook book;
    private final LockStore locks;
    private final StakerMutex mutex;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StakeLocks(Ledger ledger, StakeBook book, LockStore locks, StakerMutex mutex, ApplicationEventPublisher events,
            Clock clock) {
        this.ledger = ledger;
        this.book = book;
        this.locks = locks;
        this.mutex = mutex;
        this.events = events;
        this.clock = clock;
    }

    /** Until the transaction ends, withdrawal requests of free {@code role} stake wait; other holders take turns. */
    public void holdFree(StakeRole role) {
        requireLockable(role);
        mutex.holdRole(role);
    }

    /**
     * The row is claimed before the money moves, so concurrent locks of one reference produce one lock; a
     * refused transfer rolls the claim back with the caller's transaction.
     */
    public StakeLock lock(UUID participant, StakeRole role, Money amount, String reference) {
        requireLockable(role);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A lock amount can't be negative: " + amount);
        }
        Instant now = Rows.now(clock);
        StakeLock lock = new StakeLock(UUID.randomUUID(), participant, role, reference, amount, amount, now, null);
        if (!locks.insert(lock)) {
            return sameLockAgain(locks.find(participant, role, reference).orElseThrow(), amount);
        }
        // Holding both accounts makes the free balance read here the one the transfer sees.
        ledger.lock(List.of(StakeAccounts.free(participant, role), StakeAccounts.locked(participant, role)));
        Money free = book.balance(participant, role).free();
        if (free.isLessThan(amount)) {
            throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, "Only " + free + " of the "
                    + role.name().toLowerCase(Locale.ROOT) + " stake is free; " + amount + " is needed");
        }
        if (amount.isPositive()) {
            ledger.transfer(StakeAccounts.free(participant, role), StakeAccounts.locked(participant, role), amount,
                    LedgerReason.STAKE_LOCK, reference);
        }
        events.publishEvent(new StakeLocked(participant, role, reference, amount, now));
        return lock;
    }

    /** Returns what went back to free stake; zero when the lock was already released. */
    public Money release(UUID participant, StakeRole role, String reference) {
        requireLockable(role);
        Instant now = Rows.now(clock);
        var released = locks.release(participant, role, reference, now);
        if (released.isEmpty()) {
            if (locks.find(participant, role, reference).isEmpty()) {
                throw new DomainException(ErrorCode.NOT_FOUND, "No " + role + " stake lock for " + reference);
            }
            return Money.ZERO;
        }
        Money amount = released.get();
        if (amount.isPositive()) {
            ledger.transfer(StakeAccounts.locked(participant, role), StakeAccounts.free(participant, role), amount,
                    LedgerReason.STAKE_RELEASE, reference);
        }
        events.publishEvent(new StakeReleased(participant, role, reference, amount, now));
        return amount;
    }

    /** The same lock asked for twice (a retried step) is the one lock; any other reuse of a reference is a bug. */
    private static StakeLock sameLockAgain(StakeLock existing, Money amount) {
        if (existing.active() && existing.lockedAmount().compareTo(amount) == 0) {
            return existing;
        }
        throw new DomainException(ErrorCode.INVALID_STATE, "The reference " + existing.reference()
                + (existing.active() ? " already locks " + existing.lockedAmount() : " was locked and released"));
    }

    private static void requireLockable(StakeRole role) {
        if (!role.lockable()) {
            throw new IllegalArgumentException(role + " stake is never locked");
        }
    }
}
