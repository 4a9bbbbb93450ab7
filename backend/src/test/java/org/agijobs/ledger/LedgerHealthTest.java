package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.agijobs.ledger.internal.LedgerInspector;
import org.agijobs.ledger.internal.AccountHistory;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ApiTest
class LedgerHealthTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerInspector inspector;

    @Autowired
    AccountHistory accountHistory;

    @Autowired
    ParticipantService participants;

    @Autowired
    IdempotentMutations mutations;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    List<EscrowObligations> platformObligations;

    private final Caller owner = new Caller("health-owner", "owner", "Owner", Set.of(Role.OWNER));

    @Test
    void anOwnerSeesABalancedLedgerWithoutUncheckedEscrows() {
        var response = new LedgerApi(port, tokens).client(tokens.issue("health.owner", "owner"))
                .documentName("ledgerHealth").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("ledgerHealth.healthy").toEntity(Boolean.class)).isTrue();
        assertThat(response.field("ledgerHealth.total").toEntity(String.class)).isEqualTo("0");
        assertThat(response.field("ledgerHealth.negativeAccountCount").toEntity(Integer.class)).isZero();
        assertThat(response.field("ledgerHealth.unreconciledAccountCount").toEntity(Integer.class)).isZero();
        // The jobs module declares each job's escrow obligations, so escrows are checked.
        assertThat(response.field("ledgerHealth.escrowChecked").toEntity(Boolean.class)).isTrue();
    }

    @Test
    void reportsEscrowsThatDifferFromTheirJobsObligations() {
        Map<UUID, Money> expected = new ConcurrentHashMap<>();
        LedgerService service = withObligations(() -> Map.copyOf(expected));
        UUID funded = UUID.randomUUID();
        UUID unfunded = UUID.randomUUID();
        UUID matching = UUID.randomUUID();
        AccountRef employer = AccountRef.wallet(UUID.randomUUID());
        transactions.executeWithoutResult(s -> {
            ledger.transfer(AccountRef.EXTERNAL, employer, Money.of(12), LedgerReason.DEPOSIT, null);
            ledger.transfer(employer, AccountRef.escrow(funded), Money.of(5), LedgerReason.JOB_ESCROW, funded.toString());
            ledger.transfer(employer, AccountRef.escrow(matching), Money.of(2), LedgerReason.JOB_ESCROW, matching.toString());
        });
        expected.putAll(Map.of(funded, Money.of(7), unfunded, Money.of(3), matching, Money.of(2)));

        LedgerHealth health = service.health(owner);

        assertThat(health.escrowChecked()).isTrue();
        assertThat(health.healthy()).isFalse();
        assertThat(health.escrowMismatches()).filteredOn(m -> Set.of(funded, unfunded, matching).contains(m.jobId()))
                .containsExactlyInAnyOrder(
                        new EscrowMismatch(funded, Money.of(7), Money.of(5)),
                        new EscrowMismatch(unfunded, Money.of(3), Money.ZERO));

        // Settle the test's jobs so later checks on this shared database find them empty.
        transactions.executeWithoutResult(s -> {
            ledger.transfer(AccountRef.escrow(funded), employer, Money.of(5), LedgerReason.JOB_REFUND, funded.toString());
            ledger.transfer(AccountRef.escrow(matching), employer, Money.of(2), LedgerReason.JOB_REFUND, matching.toString());
        });
        expected.clear();
        assertThat(service.health(owner).escrowMismatches())
                .noneMatch(m -> Set.of(funded, unfunded, matching).contains(m.jobId()));
    }

    @Test
    void theAmountsOfSeveralObligationSourcesAddUp() {
        UUID job = UUID.randomUUID();
        LedgerService service = withObligations(() -> Map.of(job, Money.of(1)), () -> Map.of(job, Money.of(2)));

        assertThat(service.health(owner).escrowMismatches()).filteredOn(m -> m.jobId().equals(job))
                .containsExactly(new EscrowMismatch(job, Money.of(3), Money.ZERO));
    }

    /**
     * A ledger service whose obligations are the platform's own plus {@code sources}: other tests' open jobs stay
     * matched, so the only mismatches are the ones a test makes (the report lists a limited number).
     */
    private LedgerService withObligations(EscrowObligations... sources) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < platformObligations.size(); i++) {
            beans.addBean("platform" + i, platformObligations.get(i));
        }
        for (int i = 0; i < sources.length; i++) {
            beans.addBean("obligations" + i, sources[i]);
        }
        return new LedgerService(ledger, inspector, accountHistory, participants, mutations,
                beans.getBeanProvider(EscrowObligations.class),
                transactionManager, Clock.systemUTC());
    }
}
