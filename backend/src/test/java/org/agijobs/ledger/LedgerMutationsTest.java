package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.support.ApiTest;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class LedgerMutationsTest {

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
    void aDemoUserFundsItselfFromTheFaucetAndWithdraws() {
        String token = tokens.issue("faucet.user", "employer");

        var funded = api.faucet(token, "250.5", null);
        var withdrawn = api.withdraw(token, "50.25", null);

        assertThat(LedgerApi.errors(funded, "requestFaucet")).isEmpty();
        assertThat(LedgerApi.receipt(funded, "requestFaucet"))
                .containsEntry("reason", "FAUCET").containsEntry("accountKind", "WALLET")
                .containsEntry("amount", "250.5").containsEntry("balanceAfter", "250.5");
        assertThat(LedgerApi.errors(withdrawn, "withdraw")).isEmpty();
        assertThat(LedgerApi.receipt(withdrawn, "withdraw")).containsEntry("balanceAfter", "200.25");
        assertThat(api.wallet(token)).isEqualTo("200.25");
    }

    @Test
    void anOwnerFundsAParticipantsWallet() {
        String owner = tokens.issue("funding.owner", "owner");
        String agent = tokens.issue("funded.agent", "agent");

        var response = api.fundAccount(owner, api.participantId(agent), "1000", null);

        assertThat(LedgerApi.errors(response, "fundAccount")).isEmpty();
        assertThat(api.wallet(agent)).isEqualTo("1000");
    }

    @Test
    void anOwnerCreditsTreasuryMoney() {
        String owner = tokens.issue("treasury.owner", "owner");

        var credited = api.creditTreasury(owner, "40", null);

        assertThat(LedgerApi.receipt(credited, "creditTreasury")).containsEntry("accountKind", "TREASURY")
                .containsEntry("reason", "TREASURY_CREDIT");
    }

    @Test
    void recordsTheCallerAsTheTransfersActor() {
        String token = tokens.issue("audited.user", "agent");

        var response = api.faucet(token, "1", null);

        String reference = (String) LedgerApi.receipt(response, "requestFaucet").get("reference");
        assertThat(jdbc.sql("select actor from ledger_transfer where reference = :ref").param("ref", reference)
                .query(String.class).single()).isEqualTo("subject-of-audited.user");
    }
}
