package org.agijobs.platform.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ApiTest
class IdempotentMutationsTest {

    record Order(String item, Money amount) {
    }

    record Receipt(UUID id, Money amount, Instant at) {
    }

    @Autowired
    IdempotentMutations mutations;

    @Autowired
    IdempotencyCleanup cleanup;

    @Autowired
    MutableClock clock;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final Caller caller = caller("subject-" + UUID.randomUUID());

    @Test
    void aReplayReturnsTheFirstResponseWithoutRunningTheActionAgain() {
        AtomicInteger runs = new AtomicInteger();
        Order order = new Order("book", Money.of("12.5"));

        Receipt first = mutations.run(caller, "key-1", order, Receipt.class, () -> receipt(runs));
        Receipt replay = mutations.run(caller, "key-1", new Order("book", Money.of("12.500")), Receipt.class, () -> receipt(runs));

        assertThat(replay).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void refusesTheSameKeyForADifferentRequest() {
        AtomicInteger runs = new AtomicInteger();
        mutations.run(caller, "key-2", new Order("book", Money.of(1)), Receipt.class, () -> receipt(runs));

        assertThatThrownBy(() -> mutations.run(caller, "key-2", new Order("book", Money.of(2)), Receipt.class,
                () -> receipt(runs)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
                    assertThat(e.field()).isEqualTo("input.idempotencyKey");
                });
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysAreScopedToTheCaller() {
        AtomicInteger runs = new AtomicInteger();
        Order order = new Order("book", Money.of(1));

        Receipt mine = mutations.run(caller, "shared-key", order, Receipt.class, () -> receipt(runs));
        Receipt theirs = mutations.run(caller("someone-else-" + UUID.randomUUID()), "shared-key", order, Receipt.class,
                () -> receipt(runs));

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRefusedRequestRollsBackAndLeavesTheKeyUnused() {
        AccountRef wallet = AccountRef.wallet(UUID.randomUUID());
        Order order = new Order("withdrawal", Money.of(5));

        assertThatThrownBy(() -> mutations.run(caller, "key-3", order, Receipt.class, () -> {
            ledger.transfer(AccountRef.EXTERNAL, wallet, Money.of(5), LedgerReason.DEPOSIT, null);
            throw new DomainException(ErrorCode.INVALID_STATE, "refused after a transfer");
        })).isInstanceOf(DomainException.class);
        AtomicInteger runs = new AtomicInteger();
        mutations.run(caller, "key-3", order, Receipt.class, () -> receipt(runs));

        assertThat(ledger.balanceOf(wallet)).isEqualTo(Money.ZERO);
        assertThat(runs).hasValue(1);
    }

    @Test
    void retriesTransientFailuresInAFreshTransaction() {
        AtomicInteger attempts = new AtomicInteger();
        AccountRef wallet = AccountRef.wallet(UUID.randomUUID());

        Receipt receipt = mutations.run(caller, "key-4", new Order("retry", Money.of(1)), Receipt.class, () -> {
            ledger.transfer(AccountRef.EXTERNAL, wallet, Money.of(1), LedgerReason.DEPOSIT, null);
            if (attempts.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("simulated lock timeout");
            }
            return new Receipt(UUID.randomUUID(), Money.of(1), Instant.now());
        });

        assertThat(receipt).isNotNull();
        assertThat(attempts).hasValue(3);
        assertThat(ledger.balanceOf(wallet)).isEqualTo(Money.of(1));
    }

    @Test
    void givesUpAfterFiveAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> mutations.run(caller, null, new Order("never", Money.of(1)), Receipt.class, () -> {
            attempts.incrementAndGet();
            throw new CannotAcquireLockException("always locked");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(5);
    }

    @Test
    void neverRetriesARefusal() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> mutations.run(caller, null, new Order("no", Money.of(1)), Receipt.class, () -> {
            attempts.incrementAndGet();
            throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, "no");
        })).isInstanceOf(DomainException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void resolvesARealDeadlockByRetryingTheLoser() throws Exception {
        AccountRef a = AccountRef.wallet(UUID.randomUUID());
        AccountRef b = AccountRef.wallet(UUID.randomUUID());
        AccountRef c = AccountRef.wallet(UUID.randomUUID());
        AccountRef d = AccountRef.wallet(UUID.randomUUID());
        transactions.executeWithoutResult(s -> {
            ledger.transfer(AccountRef.EXTERNAL, a, Money.of(10), LedgerReason.DEPOSIT, null);
            ledger.transfer(AccountRef.EXTERNAL, c, Money.of(10), LedgerReason.DEPOSIT, null);
        });
        CountDownLatch bothHoldTheirFirstLocks = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();

        // Each transaction locks one pair, then wants the other's: PostgreSQL aborts one, which is retried.
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            var first = CompletableFuture.runAsync(() -> mutations.run(caller, null, new Order("ab-cd", Money.of(1)),
                    Void.class, () -> crossing(a, b, c, d, bothHoldTheirFirstLocks, attempts)), pool);
            var second = CompletableFuture.runAsync(() -> mutations.run(caller, null, new Order("cd-ab", Money.of(1)),
                    Void.class, () -> crossing(c, d, a, b, bothHoldTheirFirstLocks, attempts)), pool);
            CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        }

        assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
        assertThat(ledger.balanceOf(a)).isEqualTo(Money.of(8));
        assertThat(ledger.balanceOf(b)).isEqualTo(Money.of(2));
        assertThat(ledger.balanceOf(c)).isEqualTo(Money.of(8));
        assertThat(ledger.balanceOf(d)).isEqualTo(Money.of(2));
    }

    @Test
    void refusesBlankAndOverlongKeys() {
        for (String key : new String[] {"", "   ", "k".repeat(256)}) {
            assertThatThrownBy(() -> mutations.run(caller, key, new Order("x", Money.of(1)), Receipt.class,
                    () -> receipt(new AtomicInteger())))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                        assertThat(e.field()).isEqualTo("input.idempotencyKey");
                    });
        }
        assertThat(mutations.run(caller, "k".repeat(255), new Order("x", Money.of(1)), Receipt.class,
                () -> receipt(new AtomicInteger()))).isNotNull();
    }

    @Test
    void refusesToRunInsideTheCallersTransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> mutations.run(caller, null,
                new Order("x", Money.of(1)), Receipt.class, () -> receipt(new AtomicInteger()))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forgetsKeysAfterFortyEightHoursOnly() {
        String subject = "cleanup-" + UUID.randomUUID();
        insertRecord(subject, "old", clock.instant().minus(49, ChronoUnit.HOURS));
        insertRecord(subject, "recent", clock.instant().minus(47, ChronoUnit.HOURS));

        cleanup.deleteExpired();

        assertThat(jdbc.sql("select idempotency_key from idempotency_record where caller_subject = :s")
                .param("s", subject).query(String.class).list()).containsExactly("recent");
    }

    private Void crossing(AccountRef from1, AccountRef to1, AccountRef from2, AccountRef to2, CountDownLatch latch,
            AtomicInteger attempts) {
        attempts.incrementAndGet();
        ledger.transfer(from1, to1, Money.of(1), LedgerReason.DEPOSIT, null);
        latch.countDown();
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ledger.transfer(from2, to2, Money.of(1), LedgerReason.DEPOSIT, null);
        return null;
    }

    private void insertRecord(String subject, String key, Instant createdAt) {
        jdbc.sql("""
                insert into idempotency_record (caller_subject, idempotency_key, request_hash, response, created_at)
                values (:s, :k, :h, '{}'::jsonb, :at)
                """)
                .param("s", subject).param("k", key).param("h", "0".repeat(64)).param("at", Timestamp.from(createdAt))
                .update();
    }

    private static Receipt receipt(AtomicInteger runs) {
        runs.incrementAndGet();
        return new Receipt(UUID.randomUUID(), Money.of("12.5"), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static Caller caller(String subject) {
        return new Caller(subject, "user", "User", Set.of(Role.AGENT));
    }
}
