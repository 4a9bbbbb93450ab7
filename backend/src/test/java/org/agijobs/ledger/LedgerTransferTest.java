package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@ApiTest
class LedgerTransferTest {

    @Autowired
    Ledger ledger;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void movesExactlyTheAmountBetweenTwoAccounts() {
        AccountRef alice = AccountRef.wallet(UUID.randomUUID());
        AccountRef bob = AccountRef.wallet(UUID.randomUUID());

        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, alice, Money.of("100.000000000000000001"), LedgerReason.DEPOSIT, "t1"));
        inTransaction(() -> ledger.transfer(alice, bob, Money.of("0.000000000000000001"), LedgerReason.DEPOSIT, "t2"));

        assertThat(ledger.balanceOf(alice)).isEqualTo(Money.of("100"));
        assertThat(ledger.balanceOf(bob)).isEqualTo(Money.of("0.000000000000000001"));
        assertThat(transfersOf(alice)).isEqualTo(2);
    }

    @Test
    void refusesInsufficientFundsAndChangesNothing() {
        AccountRef alice = AccountRef.wallet(UUID.randomUUID());
        AccountRef escrow = AccountRef.escrow(UUID.randomUUID());
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, alice, Money.of(10), LedgerReason.DEPOSIT, null));

        assertThatThrownBy(() -> inTransaction(() -> ledger.transfer(alice, escrow, Money.of("10.000000000000000001"),
                LedgerReason.JOB_ESCROW, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));

        assertThat(ledger.balanceOf(alice)).isEqualTo(Money.of(10));
        assertThat(ledger.balanceOf(escrow)).isEqualTo(Money.ZERO);
        assertThat(transfersOf(alice)).isEqualTo(1);
    }

    @Test
    void letsOnlyTheExternalAccountGoNegative() {
        Money before = ledger.balanceOf(AccountRef.EXTERNAL);
        AccountRef wallet = AccountRef.wallet(UUID.randomUUID());

        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, wallet, Money.of(5), LedgerReason.DEPOSIT, null));

        assertThat(ledger.balanceOf(AccountRef.EXTERNAL)).isEqualTo(before.minus(Money.of(5)));
        assertThat(ledger.balanceOf(AccountRef.EXTERNAL).isNegative()).isTrue();
    }

    @Test
    void theDatabaseRefusesANegativeWalletEvenWhenCodeBypassesTheLedger() {
        AccountRef wallet = AccountRef.wallet(UUID.randomUUID());
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, wallet, Money.of(5), LedgerReason.DEPOSIT, null));

        assertThatThrownBy(() -> jdbc.sql("update ledger_account set balance = balance - 6 where code = :code")
                .param("code", wallet.code()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ledger_account_not_negative");
        assertThat(ledger.balanceOf(wallet)).isEqualTo(Money.of(5));
    }

    @Test
    void theTransferHistoryCannotBeRewritten() {
        AccountRef wallet = AccountRef.wallet(UUID.randomUUID());
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, wallet, Money.of(5), LedgerReason.DEPOSIT, "history"));

        assertThatThrownBy(() -> jdbc.sql("update ledger_transfer set amount = 6 where reference = 'history'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_transfer where reference = 'history'").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void requiresTheCallersTransaction() {
        assertThatThrownBy(() -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.wallet(UUID.randomUUID()), Money.of(1),
                LedgerReason.DEPOSIT, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void rejectsNonPositiveAmountsAsProgrammingErrors() {
        AccountRef wallet = AccountRef.wallet(UUID.randomUUID());

        assertThatThrownBy(() -> inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, wallet, Money.ZERO, LedgerReason.DEPOSIT, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, wallet,
                new Money(new BigDecimal("-1")), LedgerReason.DEPOSIT, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> ledger.transfer(wallet, wallet, Money.of(1), LedgerReason.DEPOSIT, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transactionsThatLockTheirAccountsFirstNeverDeadlock() throws Exception {
        AccountRef a = AccountRef.wallet(UUID.randomUUID());
        AccountRef b = AccountRef.wallet(UUID.randomUUID());
        AccountRef c = AccountRef.wallet(UUID.randomUUID());
        AccountRef d = AccountRef.wallet(UUID.randomUUID());
        inTransaction(() -> {
            ledger.transfer(AccountRef.EXTERNAL, a, Money.of(100), LedgerReason.DEPOSIT, null);
            ledger.transfer(AccountRef.EXTERNAL, c, Money.of(100), LedgerReason.DEPOSIT, null);
        });
        int rounds = 40;
        CountDownLatch start = new CountDownLatch(1);

        // Without the up-front lock, these two orders of the same transfers deadlock sooner or later.
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> forward = pool.submit(() -> crossing(start, rounds, List.of(a, b, c, d)));
            Future<?> backward = pool.submit(() -> crossing(start, rounds, List.of(c, d, a, b)));
            start.countDown();
            forward.get(60, TimeUnit.SECONDS);
            backward.get(60, TimeUnit.SECONDS);
        }

        assertThat(ledger.balanceOf(a)).isEqualTo(Money.of(100 - 2 * rounds));
        assertThat(ledger.balanceOf(b)).isEqualTo(Money.of(2 * rounds));
        assertThat(ledger.balanceOf(c)).isEqualTo(Money.of(100 - 2 * rounds));
        assertThat(ledger.balanceOf(d)).isEqualTo(Money.of(2 * rounds));
    }

    @Test
    void anAccountNeverUsedHasBalanceZero() {
        assertThat(ledger.balanceOf(AccountRef.wallet(UUID.randomUUID()))).isEqualTo(Money.ZERO);
    }

    private Void crossing(CountDownLatch start, int rounds, List<AccountRef> order) throws InterruptedException {
        start.await();
        for (int i = 0; i < rounds; i++) {
            inTransaction(() -> {
                ledger.lock(order);
                ledger.transfer(order.get(0), order.get(1), Money.of(1), LedgerReason.DEPOSIT, null);
                ledger.transfer(order.get(2), order.get(3), Money.of(1), LedgerReason.DEPOSIT, null);
            });
        }
        return null;
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private long transfersOf(AccountRef account) {
        return jdbc.sql("""
                select count(*) from ledger_transfer t join ledger_account a on a.id in (t.from_account, t.to_account)
                where a.code = :code
                """).param("code", account.code()).query(Long.class).single();
    }
}
