package org.agijobs.staking;

import java.util.UUID;
import java.util.function.Supplier;

import org.agijobs.parameters.Parameter;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.platform.money.Money;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stakers and governed parameters for staking tests, on top of {@link Participants}.
 */
@TestComponent
public class StakingFixture {

    private final Participants participants;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final TransactionTemplate transactions;

    StakingFixture(Participants participants, JdbcClient jdbc, Ledger ledger,
            PlatformTransactionManager transactionManager) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A participant with the given realm roles who acknowledged the current terms. */
    Participant staker(String name, String... roles) {
        return participants.participant(name, roles);
    }

    /** A participant seen for the first time: no terms acknowledged, nothing in the wallet. */
    Participant newcomer(String name, String... roles) {
        return participants.newcomer(name, roles);
    }

    Participant fundedStaker(String name, String amount, String... roles) {
        Participant staker = staker(name, roles);
        fund(staker.id(), Money.of(amount));
        return staker;
    }

    /** The test server's port, known once the server runs (after this fixture is created). */
    int port() {
        return participants.port();
    }

    StakingApi api() {
        return new StakingApi(port());
    }

    void fund(UUID participant, Money amount) {
        participants.fund(participant, amount);
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
        participants.blacklist(participant);
    }

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    <T> T transact(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
