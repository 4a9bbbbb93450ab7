package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.agijobs.ledger.internal.LedgerInspector;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The books balance under load: thousands of random deposits, withdrawals, transfers and multi-transfer
 * transactions from many threads over a small set of accounts (so they contend), many refused for
 * insufficient funds. Afterwards every balance equals both an independent model of the successful operations
 * and the sum of its transfers, the total is zero and no account but external is negative.
 */
@ApiTest
class LedgerConcurrencyTest {

    private static final int THREADS = 12;
    private static final int OPERATIONS = 3_000;
    private static final int PARTICIPANTS = 12;

    /** One step of an operation: from, to, amount. */
    private record Move(AccountRef from, AccountRef to, Money amount) {
    }

    private record Operation(String kind, List<Move> moves) {
    }

    @Autowired
    Ledger ledger;

    @Autowired
    IdempotentMutations mutations;

    @Autowired
    LedgerInspector inspector;

    @Autowired
    JdbcClient jdbc;

    private final Caller system = new Caller("concurrency-test", "load", "Load", Set.of(Role.OWNER));
    private final Map<AccountRef, BigDecimal> model = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    @Test
    void theBooksBalanceAfterThousandsOfConcurrentRandomOperations() throws Exception {
        List<UUID> owners = IntStream.range(0, PARTICIPANTS).mapToObj(i -> UUID.randomUUID()).toList();
        long seed = new Random().nextLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();

        long began;
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(seed + t);
                int share = OPERATIONS / THREADS;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < share; i++) {
                        perform(randomOperation(random, owners));
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        long transfers = transfersBetweenOwners(owners);
        System.out.printf("seed %d: %d operations (%s) from %d threads in %.1f s: %d transfers, %.0f transfers/s%n",
                seed, OPERATIONS, outcomes, THREADS, seconds, transfers, transfers / seconds);
        assertThat(outcomes.get("refused")).as("some operations must hit insufficient funds").isNotNull();
        assertThat(outcomes.get("refused").get()).isPositive();
        for (Map.Entry<AccountRef, BigDecimal> expected : model.entrySet()) {
            if (expected.getKey().kind() != AccountKind.EXTERNAL) {
                assertThat(ledger.balanceOf(expected.getKey()).value())
                        .as("seed %d, %s", seed, expected.getKey().code())
                        .isEqualByComparingTo(expected.getValue());
            }
        }
        assertThat(inspector.total()).isEqualTo(Money.ZERO);
        assertThat(inspector.negativeAccountCount()).isZero();
        assertThat(inspector.unreconciledAccountCount()).isZero();
    }

    private static LedgerReason reasonOf(String kind) {
        return switch (kind) {
            case "WITHDRAWAL" -> LedgerReason.WITHDRAWAL;
            case "STAKE" -> LedgerReason.STAKE_DEPOSIT;
            case "UNSTAKE" -> LedgerReason.STAKE_WITHDRAWAL;
            case "SETTLEMENT" -> LedgerReason.JOB_PAYOUT;
            default -> LedgerReason.DEPOSIT;
        };
    }

    private void perform(Operation operation) {
        try {
            mutations.run(system, null, operation, Void.class, () -> {
                operation.moves().forEach(move -> ledger.transfer(move.from(), move.to(), move.amount(), reasonOf(operation.kind()), null));
                return null;
            });
        } catch (DomainException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
            outcomes.computeIfAbsent("refused", k -> new AtomicInteger()).incrementAndGet();
            return;
        }
        outcomes.computeIfAbsent(operation.kind(), k -> new AtomicInteger()).incrementAndGet();
        for (Move move : operation.moves()) {
            model.merge(move.from(), move.amount().value().negate(), BigDecimal::add);
            model.merge(move.to(), move.amount().value(), BigDecimal::add);
        }
    }

    private static Operation randomOperation(Random random, List<UUID> owners) {
        UUID a = owners.get(random.nextInt(owners.size()));
        UUID b = owners.get(random.nextInt(owners.size()));
        UUID c = owners.get(random.nextInt(owners.size()));
        AccountRef wallet = AccountRef.wallet(a);
        int dice = random.nextInt(100);
        if (dice < 30) {
            return new Operation("DEPOSIT", List.of(new Move(AccountRef.EXTERNAL, wallet, amount(random))));
        }
        if (dice < 45) {
            return new Operation("WITHDRAWAL", List.of(new Move(wallet, AccountRef.EXTERNAL, amount(random))));
        }
        if (dice < 55) {
            AccountRef stake = new AccountRef(AccountKind.STAKE_AGENT, a);
            return random.nextBoolean()
                    ? new Operation("STAKE", List.of(new Move(wallet, stake, amount(random))))
                    : new Operation("UNSTAKE", List.of(new Move(stake, wallet, amount(random))));
        }
        if (dice < 85 && !a.equals(b)) {
            return new Operation("TRANSFER", List.of(new Move(wallet, AccountRef.wallet(b), amount(random))));
        }
        if (a.equals(b) || b.equals(c) || a.equals(c)) {
            return new Operation("DEPOSIT", List.of(new Move(AccountRef.EXTERNAL, wallet, amount(random))));
        }
        // Like a settlement: several moves in one transaction, which may deadlock with another one and be retried.
        return new Operation("SETTLEMENT", List.of(
                new Move(wallet, AccountRef.wallet(b), amount(random)),
                new Move(AccountRef.wallet(b), AccountRef.wallet(c), amount(random)),
                new Move(AccountRef.wallet(c), AccountRef.wallet(a), amount(random))));
    }

    /** A positive amount up to about 1,180 with all 18 decimals in use. */
    private static Money amount(Random random) {
        return new Money(new BigDecimal(new BigInteger(70, random).add(BigInteger.ONE), Money.SCALE));
    }

    private long transfersBetweenOwners(List<UUID> owners) {
        return jdbc.sql("""
                select count(*) from ledger_transfer t
                join ledger_account f on f.id = t.from_account
                join ledger_account o on o.id = t.to_account
                where f.owner_id = any(:owners) or o.owner_id = any(:owners)
                """).param("owners", owners.toArray(UUID[]::new)).query(Long.class).single();
    }
}
