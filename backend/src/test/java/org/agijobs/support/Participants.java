package org.agijobs.support;

import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants for every API test: a profile made through the API ({@code me} creates it), the current terms
 * acknowledged and money from {@code external} written directly, since no API offers those. Names get a random
 * suffix because every test shares one database.
 */
@TestComponent
public class Participants {

    private final Environment environment;
    private final TestTokens tokens;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Parameters parameters;
    private final TransactionTemplate transactions;

    Participants(Environment environment, TestTokens tokens, JdbcClient jdbc, Ledger ledger, Parameters parameters,
            PlatformTransactionManager transactionManager) {
        this.environment = environment;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.parameters = parameters;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A participant with these realm roles (lower-case names) who acknowledged the current terms. */
    public Participant participant(String name, String... roles) {
        Participant participant = newcomer(name, roles);
        jdbc.sql("update participant set policy_version_acknowledged = :version where id = :id")
                .param("version", parameters.integer(Parameter.TERMS_VERSION)).param("id", participant.id()).update();
        return participant;
    }

    /** A participant seen for the first time: no terms acknowledged, nothing in the wallet. */
    public Participant newcomer(String name, String... roles) {
        String username = name + "-" + UUID.randomUUID();
        String token = tokens.issue(username, roles);
        String globalId = TestDocuments.http(port(), token).documentName("myParticipantId").executeSync()
                .field("me.participant.id").toEntity(String.class);
        return new Participant(token, "subject-of-" + username, GlobalId.decode(globalId).orElseThrow().id(), globalId);
    }

    /**
     * The same participant with a new token carrying {@code roles} instead, as after an administrator changed its
     * realm roles in Keycloak; the platform learns of it from the first request that carries the new token.
     */
    public Participant withRoles(Participant participant, String... roles) {
        String username = participant.subject().substring("subject-of-".length());
        return new Participant(tokens.issueFor(participant.subject(), username, roles), participant.subject(),
                participant.id(), participant.globalId());
    }

    /** Money from {@code external} into the participant's wallet, as a deposit would bring it. */
    public void fund(UUID participant, Money amount) {
        transactions.executeWithoutResult(status -> ledger.transfer(AccountRef.EXTERNAL,
                AccountRef.wallet(participant), amount, LedgerReason.DEPOSIT, null));
    }

    public void blacklist(UUID participant) {
        jdbc.sql("update participant set blacklisted = true where id = :id").param("id", participant).update();
    }

    /** The test server's port, known once the server runs (after this fixture is created). */
    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }
}
