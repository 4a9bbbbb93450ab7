package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agijobs.support.ApiTest;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DOMAIN.md, Money: a replay returns the first response; exactly one effect under concurrent duplicates. */
@ApiTest
class IdempotentWithdrawalTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    JdbcClient jdbc;

    LedgerApi api;

    @BeforeEach
    void api() {
        api = new LedgerApi(port, tokens);
    }

    @Test
    void aReplayReturnsTheFirstResponseAndMovesNothingMore() {
        String token = funded("replaying.user", "100");

        var first = api.withdraw(token, "30", "withdraw-1");
        var replay = api.withdraw(token, "30.000", "withdraw-1");

        Map<String, Object> receipt = LedgerApi.receipt(first, "withdraw");
        assertThat(LedgerApi.receipt(replay, "withdraw")).isEqualTo(receipt);
        assertThat(LedgerApi.errors(replay, "withdraw")).isEmpty();
        assertThat(api.wallet(token)).isEqualTo("70");
        assertThat(withdrawalsOf("replaying.user")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefusedAndChangesNothing() {
        String token = funded("key.reuser", "100");
        api.withdraw(token, "30", "withdraw-2");

        var reused = api.withdraw(token, "31", "withdraw-2");

        assertThat(LedgerApi.errors(reused, "withdraw")).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
            assertThat(error.field()).isEqualTo("input.idempotencyKey");
        });
        assertThat(LedgerApi.receipt(reused, "withdraw")).isNull();
        assertThat(api.wallet(token)).isEqualTo("70");
        assertThat(withdrawalsOf("key.reuser")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String first = funded("first.caller", "10");
        String second = funded("second.caller", "10");

        api.withdraw(first, "4", "same-key");
        api.withdraw(second, "4", "same-key");

        assertThat(api.wallet(first)).isEqualTo("6");
        assertThat(api.wallet(second)).isEqualTo("6");
    }

    @Test
    void aRefusedWithdrawalDoesNotUseUpItsKey() {
        String token = funded("patient.user", "10");

        var refused = api.withdraw(token, "15", "withdraw-3");
        api.faucet(token, "10", null);
        var retried = api.withdraw(token, "15", "withdraw-3");

        assertThat(LedgerApi.errors(refused, "withdraw")).extracting(LedgerApi.Error::code).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(LedgerApi.errors(retried, "withdraw")).isEmpty();
        assertThat(api.wallet(token)).isEqualTo("5");
    }

    @Test
    void twoHundredConcurrentDuplicatesHaveExactlyOneEffect() throws Exception {
        String token = funded("impatient.user", "100");
        int duplicates = 200;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map<String, Object>>> responses = new ArrayList<>();

        long began = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < duplicates; i++) {
                responses.add(clients.submit(() -> {
                    start.await();
                    var response = api.withdraw(token, "1", "double-click");
                    assertThat(LedgerApi.errors(response, "withdraw")).isEmpty();
                    return LedgerApi.receipt(response, "withdraw");
                }));
            }
            start.countDown();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        List<Map<String, Object>> receipts = new ArrayList<>();
        for (Future<Map<String, Object>> response : responses) {
            receipts.add(response.get());
        }
        assertThat(receipts).hasSize(duplicates).containsOnly(receipts.getFirst());
        assertThat(api.wallet(token)).isEqualTo("99");
        assertThat(withdrawalsOf("impatient.user")).isEqualTo(1);
        System.out.printf("%d concurrent duplicate withdrawals answered in %d ms%n", duplicates, millis);
    }

    private String funded(String username, String amount) {
        String token = tokens.issue(username, "agent");
        assertThat(LedgerApi.errors(api.faucet(token, amount, null), "requestFaucet")).isEmpty();
        return token;
    }

    private long withdrawalsOf(String username) {
        return jdbc.sql("""
                select count(*) from ledger_transfer t
                join ledger_account a on a.id = t.from_account
                join participant p on a.owner_id = p.id and a.kind = 'WALLET'
                where p.subject = :subject and t.reason = 'WITHDRAWAL'
                """).param("subject", "subject-of-" + username).query(Long.class).single();
    }
}
