package org.agijobs.staking;

import java.util.UUID;
import java.util.function.Supplier;

import org.agijobs.governance.Parameter;
import org.agijobs.governance.Parameters;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.ledger.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants for staking tests: a profile made through the API, the current terms acknowledged, and money
 * in the wallet from {@code external}. Names get a random suffix because every test shares one database.
 */
final class StakingFixture {

    /** A participant as a test drives it: its token and its id. */
    record Staker(String token, UUID id) {
    }

    private final Environment environment;
    private final TestTokens tokens;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Parameters parameters;
    private final TransactionTemplate transactions;

    StakingFixture(Environment environment, TestTokens tokens, JdbcClient jdbc, Ledger ledger, Parameters parameters,
            PlatformTransactionManager transactionManager) {
        this.environment = environment;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.parameters = parameters;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A participant with the given realm roles who acknowledged the current terms. */
    Staker staker(String name, String... roles) {
        Staker staker = newcomer(name, roles);
        jdbc.sql("update participant set policy_version_acknowledged = :version where id = :id")
                .param("version", parameters.integer(Parameter.TERMS_VERSION))
                .param("id", staker.id())
                .update();
        return staker;
    }

    /** A participant seen for the first time: no terms acknowledged, nothing in the wallet. */
    Staker newcomer(String name, String... roles) {
        String token = tokens.issue(name + "-" + UUID.randomUUID(), roles);
        String id = GraphQlClients.http(port(), token).document("{ me { participant { id } } }").executeSync()
                .field("me.participant.id").toEntity(String.class);
        return new Staker(token, GlobalId.decode(id).orElseThrow().id());
    }

    Staker fundedStaker(String name, String amount, String... roles) {
        Staker staker = staker(name, roles);
        fund(staker.id(), Money.of(amount));
        return staker;
    }

    /** The test server's port, known once the server runs (after this fixture is created). */
    int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    StakingApi api() {
        return new StakingApi(port());
    }

    void fund(UUID participant, Money amount) {
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.wallet(participant), amount,
                LedgerReason.DEPOSIT, null));
    }

    Money wallet(UUID participant) {
        return ledger.balanceOf(AccountRef.wallet(participant));
    }

    Money balance(AccountRef account) {
        return ledger.balanceOf(account);
    }

    /** Runs {@code work} with a governed parameter set to {@code value}, then restores the previous value. */
    void withParameter(Parameter parameter, String value, Runnable work) {
        String previous = jdbc.sql("select value from parameter where name = :name").param("name", parameter.name())
                .query(String.class).single();
        setParameter(parameter, value);
        try {
            work.run();
        } finally {
            setParameter(parameter, previous);
        }
    }

    private void setParameter(Parameter parameter, String value) {
        jdbc.sql("update parameter set value = :value where name = :name")
                .param("value", value).param("name", parameter.name()).update();
    }

    void blacklist(UUID participant) {
        jdbc.sql("update participant set blacklisted = true where id = :id").param("id", participant).update();
    }

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    <T> T transact(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
