package org.agijobs.governance;

import static org.agijobs.governance.GovernanceFixture.withdrawTreasury;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.governance.internal.ProposalCommands;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.ProductionApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two backend instances on one database (the production-profile context is the second, as in the settlement
 * race): concurrent approvals and executions of one proposal, by owners and by the scheduler on both, execute it
 * exactly once.
 */
@ApiTest
class TwoInstancesGovernanceTest {

    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProposalCommands here;

    GovernanceFixture governance;
    List<Participant> owners;

    @BeforeEach
    void seatCouncil() {
        governance = new GovernanceFixture(participants, jdbc);
        owners = governance.council(3, 2);
    }

    @AfterEach
    void restore() {
        governance.restore();
    }

    @Test
    void concurrentApprovalsAndExecutionsOnTwoInstancesExecuteOnce() throws Exception {
        transactions.executeWithoutResult(status -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.TREASURY,
                Money.of(3), LedgerReason.TREASURY_CREDIT, null));
        UUID id = GovernanceFixture.uuid(governance.proposed(owners.get(0), withdrawTreasury("1", "race destination")));
        ApplicationContext secondInstance = ProductionInstance.context();
        ProposalCommands there = secondInstance.getBean(ProposalCommands.class);
        assertThat(there).isNotSameAs(here);

        race(List.of(() -> approve(here, owners.get(1), id), () -> approve(there, owners.get(2), id),
                () -> approve(there, owners.get(1), id), () -> approve(here, owners.get(2), id)));
        assertThat(jdbc.sql("select count(*) from proposal_history where proposal_id = :id and step = 'QUEUED'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);

        clock.advance(Duration.ofHours(24));
        catchUp(secondInstance.getBean(MutableClock.class));
        List<Callable<Object>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(() -> here.executeIfDue(id));
            runs.add(() -> there.executeIfDue(id));
            runs.add(() -> execute(here, owners.get(0), id));
            runs.add(() -> execute(there, owners.get(1), id));
        }
        race(runs);
        due.run();

        assertThat(jdbc.sql("select state from proposal where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("EXECUTED");
        assertThat(jdbc.sql("select count(*) from proposal_history where proposal_id = :id and step = 'EXECUTED'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ledger_transfer where reference = :ref")
                .param("ref", id.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    private static Object approve(ProposalCommands instance, Participant owner, UUID id) {
        try {
            instance.approve(caller(owner), id);
        } catch (DomainException alreadyApproved) {
            return alreadyApproved.code();
        }
        return "approved";
    }

    private static Object execute(ProposalCommands instance, Participant owner, UUID id) {
        try {
            instance.execute(caller(owner), id);
        } catch (DomainException closed) {
            return closed.code();
        }
        return "executed";
    }

    private static Caller caller(Participant owner) {
        return new Caller(owner.subject(), owner.subject(), owner.subject(), java.util.Set.of(Role.OWNER));
    }

    private static void race(List<? extends Callable<Object>> runs) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(runs.size())) {
            for (Future<Object> run : threads.invokeAll(runs)) {
                run.get();
            }
        }
    }

    private void catchUp(MutableClock other) {
        Duration behind = Duration.between(other.instant(), clock.instant());
        if (behind.isPositive()) {
            other.advance(behind);
        }
    }

    @ProductionApiTest
    static final class ProductionInstance {

        static ApplicationContext context() {
            return new TestContextManager(ProductionInstance.class).getTestContext().getApplicationContext();
        }
    }
}
