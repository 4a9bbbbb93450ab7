package org.agijobs.treasury;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.agijobs.parameters.Parameter;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants, platform stake and fee-pool money for treasury tests. Profiles are made through the API and
 * stake through the staking service; terms acknowledgement and money from {@code external} are written
 * directly. Names get a random suffix because every test shares one database.
 */
@TestComponent
public class TreasuryFixture {

    private final Participants participants;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final TransactionTemplate transactions;

    TreasuryFixture(Participants participants, JdbcClient jdbc, Ledger ledger,
            PlatformTransactionManager transactionManager) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A participant with the given realm roles (lower-case names) and a profile, terms acknowledged. */
    Participant person(String name, String... roles) {
        return participants.participant(name, roles);
    }

    /** An employer who moved {@code stake} from its wallet to platform stake with {@code depositStake}. */
    Participant platformStaker(String name, String stake) {
        Participant person = person(name, "employer");
        participants.fund(person.id(), Money.of(stake));
        List<?> refused = graphQl(person.token()).documentName("stakeForJobs")
                .variable("role", "PLATFORM").variable("amount", stake)
                .executeSync()
                .field("depositStake.userErrors").toEntityList(Object.class);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("The platform stake was refused: " + refused);
        }
        return person;
    }

    /** Fees, as settlement would pay them in: from {@code external} straight into the pool. */
    void fundPool(Money amount) {
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.FEE_POOL, amount, LedgerReason.JOB_FEE, null));
    }

    Money balance(AccountRef account) {
        return ledger.balanceOf(account);
    }

    Money wallet(Participant person) {
        return balance(AccountRef.wallet(person.id()));
    }

    static AccountRef platformStake(UUID participant) {
        return new AccountRef(AccountKind.STAKE_PLATFORM, participant);
    }

    /** The sum of every balance, {@code external} included: zero in a balanced ledger. */
    BigDecimal ledgerTotal() {
        return jdbc.sql("select coalesce(sum(balance), 0) from ledger_account").query(BigDecimal.class).single();
    }

    long negativeAccounts() {
        return jdbc.sql("select count(*) from ledger_account where balance < 0 and kind <> 'EXTERNAL'")
                .query(Long.class).single();
    }

    /** The amounts the ledger moved out of the pool for one run (its id is their reference), by target account. */
    BigDecimal movedOutOfPool(UUID run) {
        return jdbc.sql("""
                select coalesce(sum(t.amount), 0) from ledger_transfer t join ledger_account a on a.id = t.from_account
                where a.code = 'FEE_POOL' and t.reference = :run and t.reason = 'FEE_DISTRIBUTION'
                """)
                .param("run", run.toString())
                .query(BigDecimal.class).single();
    }

    /** Every recorded run's id, for telling a test's own runs from earlier ones. */
    Set<UUID> runIds() {
        return Set.copyOf(jdbc.sql("select id from fee_distribution").query(UUID.class).list());
    }

    long transfersOf(UUID run) {
        return jdbc.sql("select count(*) from ledger_transfer where reference = :run")
                .param("run", run.toString()).query(Long.class).single();
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

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    /** Runs {@code work} in a transaction that is rolled back at the end: nothing it does is seen by anyone. */
    <T> T rolledBack(Supplier<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    HttpSyncGraphQlClient graphQl(String token) {
        return TestDocuments.http(participants.port(), token);
    }

    private void setParameter(Parameter parameter, String value) {
        jdbc.sql("update parameter set value = :value where name = :name")
                .param("value", value).param("name", parameter.name()).update();
    }
}
