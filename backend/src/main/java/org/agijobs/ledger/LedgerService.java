package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.agijobs.ledger.internal.LedgerInspector;
import org.agijobs.ledger.internal.AccountHistory;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger module's API for people: deposits from and withdrawals to {@code external}, the caller's balances
 * and the owners' invariant check (DOMAIN.md, Money). Other modules move money with {@link Ledger} inside their
 * own transactions; this service is what the GraphQL mutations call.
 */
@Service
public class LedgerService {

    static final String PARTICIPANT_FIELD = "input.participant";

    private final Ledger ledger;
    private final LedgerInspector inspector;
    private final AccountHistory accountHistory;
    private final ParticipantService participants;
    private final IdempotentMutations mutations;
    private final ObjectProvider<EscrowObligations> obligations;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    LedgerService(Ledger ledger, LedgerInspector inspector, AccountHistory accountHistory, ParticipantService participants,
            IdempotentMutations mutations, ObjectProvider<EscrowObligations> obligations,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.ledger = ledger;
        this.inspector = inspector;
        this.accountHistory = accountHistory;
        this.participants = participants;
        this.mutations = mutations;
        this.obligations = obligations;
        this.clock = clock;
        // One consistent snapshot, so the health check never sees half of a concurrent transfer.
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    private record FundAccount(UUID participant, Money amount) {
    }

    private record Withdraw(Money amount) {
    }

    private record CreditTreasury(Money amount) {
    }

    /** Owner funding: credits a participant's wallet from {@code external}. */
    public LedgerReceipt fundAccount(Caller caller, UUID participantId, Money amount, @Nullable String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        participants.findById(participantId).orElseThrow(() ->
                new DomainException(ErrorCode.NOT_FOUND, PARTICIPANT_FIELD, "No participant with this id"));
        AccountRef wallet = AccountRef.wallet(participantId);
        return mutations.run(caller, idempotencyKey, new FundAccount(participantId, amount), LedgerReceipt.class,
                () -> move(AccountRef.EXTERNAL, wallet, amount, LedgerReason.DEPOSIT, wallet));
    }

    /**
     * Pays the caller's free wallet balance out to {@code external}. Any role may, and blacklisting does not
     * stop it: DOMAIN.md keeps this one door open even under a full pause.
     */
    public LedgerReceipt withdraw(Caller caller, Money amount, @Nullable String idempotencyKey) {
        Authorization.requireSomeRole(caller);
        AccountRef wallet = AccountRef.wallet(participants.profileOf(caller).getId());
        return mutations.run(caller, idempotencyKey, new Withdraw(amount), LedgerReceipt.class,
                () -> move(wallet, AccountRef.EXTERNAL, amount, LedgerReason.WITHDRAWAL, wallet));
    }

    /** Owners put money from outside into the treasury (DOMAIN.md, owner commands: credit treasury). */
    public LedgerReceipt creditTreasury(Caller caller, Money amount, @Nullable String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        return mutations.run(caller, idempotencyKey, new CreditTreasury(amount), LedgerReceipt.class,
                () -> move(AccountRef.EXTERNAL, AccountRef.TREASURY, amount, LedgerReason.TREASURY_CREDIT, AccountRef.TREASURY));
    }

    /** Credits a participant's wallet from {@code external} once per key; the dev faucet's effect. */
    LedgerReceipt deposit(Caller caller, UUID participantId, Money amount, LedgerReason reason,
            @Nullable String idempotencyKey, Object request) {
        AccountRef wallet = AccountRef.wallet(participantId);
        return mutations.run(caller, idempotencyKey, request, LedgerReceipt.class,
                () -> move(AccountRef.EXTERNAL, wallet, amount, reason, wallet));
    }

    /** The caller's accounts: wallet, stakes, locked and unbonding portions (zero when never used). */
    public List<AccountBalance> myBalances(Caller caller) {
        Authorization.requireSomeRole(caller);
        return inspector.balancesOf(participants.profileOf(caller).getId());
    }

    /**
     * The movements of one of the caller's own accounts, newest first: the wallet (faucet, escrow, refunds,
     * payouts, withdrawals) or a stake (deposits, locks, slashes). Platform accounts are not anybody's.
     */
    public Window<AccountEntry> myAccountHistory(Caller caller, AccountKind account, ScrollPosition position,
                                                 int limit) {
        Authorization.requireSomeRole(caller);
        if (account.scope() != AccountKind.Scope.PARTICIPANT) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "account",
                    account + " is a platform account, not one of yours");
        }
        return accountHistory.of(new AccountRef(account, participants.profileOf(caller).getId()), position, limit);
    }

    /** The ledger invariant on one snapshot (owners only). */
    public LedgerHealth health(Caller caller) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        return snapshot.execute(status -> {
            List<EscrowObligations> declared = obligations.orderedStream().toList();
            List<EscrowMismatch> mismatches = declared.isEmpty() ? List.of() : escrowMismatches(declared);
            return new LedgerHealth(inspector.total(), inspector.negativeAccounts(), inspector.negativeAccountCount(),
                    inspector.unreconciledAccountCount(), !declared.isEmpty(),
                    mismatches.stream().limit(LedgerHealth.MAX_LISTED).toList(), mismatches.size(), clock.instant());
        });
    }

    private LedgerReceipt move(AccountRef from, AccountRef to, Money amount, LedgerReason reason, AccountRef shown) {
        UUID reference = UUID.randomUUID();
        ledger.transfer(from, to, amount, reason, reference.toString());
        return new LedgerReceipt(reference, reason, shown.kind(), amount, ledger.balanceOf(shown), clock.instant());
    }

    private List<EscrowMismatch> escrowMismatches(List<EscrowObligations> declared) {
        Map<UUID, Money> expected = new HashMap<>();
        declared.forEach(source -> source.expectedEscrowByJob().forEach((job, amount) -> expected.merge(job, amount, Money::plus)));
        Map<UUID, Money> actual = inspector.escrowBalances();
        Set<UUID> jobs = new HashSet<>(expected.keySet());
        jobs.addAll(actual.keySet());
        return jobs.stream().sorted()
                .map(job -> new EscrowMismatch(job, expected.getOrDefault(job, Money.ZERO), actual.getOrDefault(job, Money.ZERO)))
                .filter(check -> check.expected().compareTo(check.actual()) != 0)
                .toList();
    }
}
