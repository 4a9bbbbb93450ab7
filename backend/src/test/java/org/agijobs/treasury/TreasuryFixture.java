package org.agijobs.treasury;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.agijobs.governance.Parameter;
import org.agijobs.governance.Parameters;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.ledger.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.agijobs.treasury.internal.FeeDistributionSchedule;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
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
class TreasuryFixture {

    /** Where tests park the {@code fee-distribution} execution: far beyond any test clock. */
    static final Instant PARKED = Instant.parse("2200-01-01T00:00:00Z");

    /** A participant as a test drives it. */
    record Person(String token, String subject, UUID id) {
    }

    private final Environment environment;
    private final TestTokens tokens;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Parameters parameters;
    private final TransactionTemplate transactions;

    TreasuryFixture(Environment environment, TestTokens tokens, JdbcClient jdbc, Ledger ledger, Parameters parameters,
            PlatformTransactionManager transactionManager) {
        this.environment = environment;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.parameters = parameters;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A participant with the given realm roles (lower-case names) and a profile, terms acknowledged. */
    Person person(String name, String... roles) {
        String username = name + "-" + UUID.randomUUID();
        String token = tokens.issue(username, roles);
        String id = graphQl(token).document("{ me { participant { id } } }").executeSync()
                .field("me.participant.id").toEntity(String.class);
        Person person = new Person(token, "subject-of-" + username, GlobalId.decode(id).orElseThrow().id());
        jdbc.sql("update participant set policy_version_acknowledged = :version where id = :id")
                .param("version", parameters.integer(Parameter.TERMS_VERSION))
                .param("id", person.id())
                .update();
        return person;
    }

    /** An employer who moved {@code stake} from its wallet to platform stake with {@code depositStake}. */
    Person platformStaker(String name, String stake) {
        Person person = person(name, "employer");
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.wallet(person.id()), Money.of(stake),
                LedgerReason.DEPOSIT, null));
        List<?> refused = graphQl(person.token()).document("""
                        mutation deposit($input: DepositStakeInput!) {
                          depositStake(input: $input) { userErrors { code message } }
                        }
                        """)
                .variable("input", Map.of("role", "PLATFORM", "amount", stake))
                .executeSync()
                .field("depositStake.userErrors").toEntityList(Object.class);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("The platform stake was refused: " + refused);
        }
        return person;
    }

    /** Fees, as settlement would pay them in: from {@code external} straight into the pool. */
    void fundPool(Money amount) {
        inTransaction(() -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.FEE_POOL, amount, LedgerReason.DEPOSIT, null));
    }

    Money balance(AccountRef account) {
        return ledger.balanceOf(account);
    }

    Money wallet(Person person) {
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

    /** Every recorded run's id. Newest first won't do in tests: other contexts' runs carry their moved clocks. */
    Set<UUID> runIds() {
        return Set.copyOf(jdbc.sql("select id from fee_distribution").query(UUID.class).list());
    }

    long transfersOf(UUID run) {
        return jdbc.sql("select count(*) from ledger_transfer where reference = :run")
                .param("run", run.toString()).query(Long.class).single();
    }

    /**
     * Moves the {@code fee-distribution} execution to {@link #PARKED}. Other test contexts stay alive in Spring's
     * context cache with their schedulers polling and their clocks moved days ahead; once their clock passes
     * the execution's time they would run a distribution in the middle of a test here. Bumping the version makes
     * a scheduler that fetched the execution as due just before fail to pick it; a run in progress is waited for,
     * since it reschedules the execution when it ends.
     */
    void holdScheduledRuns() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("""
                update scheduled_tasks set execution_time = :parked, version = version + 1
                where task_name = :task and task_instance = :instance and not picked
                """)
                .param("parked", Timestamp.from(PARKED))
                .param("task", FeeDistributionSchedule.TASK.getTaskName())
                .param("instance", FeeDistributionSchedule.INSTANCE)
                .update() == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The fee-distribution execution is missing or stays picked");
            }
            pause();
        }
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
        return GraphQlClients.http(environment.getRequiredProperty("local.server.port", Integer.class), token);
    }

    private void setParameter(Parameter parameter, String value) {
        jdbc.sql("update parameter set value = :value where name = :name")
                .param("value", value).param("name", parameter.name()).update();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
