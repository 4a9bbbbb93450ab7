package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.ApiTest;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A bad amount is an INVALID_INPUT user error naming {@code input.amount}, and nothing moves. */
@ApiTest
class AmountValidationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    JdbcClient jdbc;

    LedgerApi api;
    String owner;
    String user;

    @BeforeEach
    void funded() {
        api = new LedgerApi(port, tokens);
        owner = tokens.issue("validation.owner." + UUID.randomUUID(), "owner");
        user = tokens.issue("validation.user." + UUID.randomUUID(), "agent");
        api.faucet(user, "10", null);
    }

    @ParameterizedTest(name = "amount \"{0}\"")
    @ValueSource(strings = {"-1", "0", "-0.5", "1.0000000000000000001", "0.0000000000000000001", "abc", "", "1e400",
            "12,5", "100000000000000000000", "+1", "01", " 1", "1e2", "1e999999999", " 7", "007"})
    void everyMoneyMutationRefusesABadAmountAndMovesNothing(String amount) {
        long transfersBefore = transfers();

        assertInvalidAmount(api.withdraw(user, amount, null), "withdraw");
        assertInvalidAmount(api.faucet(user, amount, null), "requestFaucet");
        assertInvalidAmount(api.fundAccount(owner, api.participantId(user), amount, null), "fundAccount");
        assertInvalidAmount(api.creditTreasury(owner, amount, null), "creditTreasury");

        assertThat(transfers()).isEqualTo(transfersBefore);
        assertThat(api.wallet(user)).isEqualTo("10");
    }

    @Test
    void theFaucetRefusesMoreThanItsCapPerRequest() {
        var response = api.faucet(user, "10000.000000000000000001", null);

        assertInvalidAmount(response, "requestFaucet");
        assertThat(api.wallet(user)).isEqualTo("10");
        assertThat(LedgerApi.errors(api.faucet(user, "10000", null), "requestFaucet")).isEmpty();
    }

    @Test
    void aJsonFloatIsRefusedBeforeAnythingRuns() {
        ClientGraphQlResponse response = api.client(user).documentName("withdraw")
                .variables(Map.of("amount", 1.5)).executeSync();

        assertThat(response.getErrors()).isNotEmpty();
        assertThat(api.wallet(user)).isEqualTo("10");
    }

    @Test
    void aJsonIntegerIsRefusedBeforeAnythingRuns() {
        ClientGraphQlResponse response = api.client(user).documentName("withdraw")
                .variables(Map.of("amount", 1)).executeSync();

        assertThat(response.getErrors()).isNotEmpty();
        assertThat(api.wallet(user)).isEqualTo("10");
    }

    /** A number literal is refused as a whole request: {@code 1e999999999} is never expanded into digits. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"withdrawAFloatLiteral", "withdrawAnExponentLiteral"})
    void aNumberLiteralInTheQueryTextIsRefusedBeforeAnythingRuns(String document) {
        ClientGraphQlResponse response = api.client(user).documentName(document).executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("Money is a decimal string"));
        assertThat((Object) response.getData()).isNull();
        assertThat(api.wallet(user)).isEqualTo("10");
    }

    @Test
    void aHugeAmountIsAUserErrorThatDoesNotEchoIt() {
        var response = api.withdraw(user, "9".repeat(100_000), null);

        assertInvalidAmount(response, "withdraw");
        assertThat(LedgerApi.errors(response, "withdraw").getFirst().message()).hasSizeLessThan(300);
        assertThat(api.wallet(user)).isEqualTo("10");
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        var malformed = api.fundAccount(owner, "not-an-id", "1", null);
        var unknown = api.fundAccount(owner, GlobalId.of("Participant", UUID.randomUUID()), "1", null);
        var notAParticipant = api.fundAccount(owner, GlobalId.of("Job", UUID.randomUUID()), "1", null);

        for (var response : List.of(malformed, unknown, notAParticipant)) {
            assertThat(LedgerApi.errors(response, "fundAccount")).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("NOT_FOUND");
                assertThat(error.field()).isEqualTo("input.participant");
            });
        }
    }

    private static void assertInvalidAmount(ClientGraphQlResponse response, String mutation) {
        assertThat(response.getErrors()).isEmpty();
        assertThat(LedgerApi.errors(response, mutation)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("INVALID_INPUT");
            assertThat(error.field()).isEqualTo("input.amount");
            assertThat(error.message()).isNotBlank();
        });
        assertThat(LedgerApi.receipt(response, mutation)).isNull();
    }

    private long transfers() {
        return jdbc.sql("select count(*) from ledger_transfer").query(Long.class).single();
    }
}
