package org.agijobs.staking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeWithdrawal;
import org.agijobs.staking.StakeWithdrawalRequested;
import org.agijobs.staking.StakeWithdrawn;
import org.agijobs.staking.WithdrawalState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Free stake to unbonding on request, unbonding to the wallet once the unbonding period is over. */
@Component
public class StakeWithdrawals {

    static final String WITHDRAWAL_ID = "input.withdrawalId";

    private final Ledger ledger;
    private final Parameters parameters;
    private final StakeBook book;
    private final StakerMutex mutex;
    private final WithdrawalStore withdrawals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StakeWithdrawals(Ledger ledger, Parameters parameters, StakeBook book, StakerMutex mutex,
            WithdrawalStore withdrawals, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.parameters = parameters;
        this.book = book;
        this.mutex = mutex;
        this.withdrawals = withdrawals;
        this.events = events;
        this.clock = clock;
    }

    /** Must run in a transaction. The unbonding period is the one in force now; later changes don't move it. */
    public StakeWithdrawal request(UUID participant, StakeRole role, Money amount) {
        mutex.lock(participant);
        if (role.lockable()) {
            // A committee draw reads free stakes and then locks them: it must find what it read.
            mutex.shareRole(role);
        }
        StakeRules.checkWithdrawal(amount, book.balance(participant, role), parameters.money(role.minimum()));
        Instant now = Rows.now(clock);
        StakeWithdrawal withdrawal = new StakeWithdrawal(UUID.randomUUID(), participant, role, amount, amount, now,
                now.plus(parameters.duration(Parameter.UNBONDING_PERIOD)), WithdrawalState.REQUESTED, null);
        withdrawals.insert(withdrawal);
        ledger.transfer(StakeAccounts.free(participant, role), StakeAccounts.unbonding(participant, role), amount,
                LedgerReason.STAKE_WITHDRAWAL_REQUEST, withdrawal.id().toString());
        events.publishEvent(new StakeWithdrawalRequested(withdrawal.id(), participant, role, amount,
                withdrawal.availableAt(), now));
        return withdrawal;
    }

    /**
     * Must run in a transaction. Pays out what is left of the withdrawal after slashes; a withdrawal slashed to
     * zero is finalized with nothing to pay. Someone else's withdrawal is NOT_FOUND, so ids reveal nothing.
     */
    public StakeWithdrawal finalizeWithdrawal(UUID participant, UUID withdrawalId) {
        StakeWithdrawal withdrawal = withdrawals.findForUpdate(withdrawalId)
                .filter(found -> found.participantId().equals(participant))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, WITHDRAWAL_ID, "No such withdrawal"));
        if (withdrawal.state() == WithdrawalState.FINALIZED) {
            throw new DomainException(ErrorCode.INVALID_STATE, WITHDRAWAL_ID, "The withdrawal was already finalized");
        }
        Instant now = Rows.now(clock);
        if (!withdrawal.isAvailable(now)) {
            throw new DomainException(ErrorCode.INVALID_STATE, WITHDRAWAL_ID,
                    "The withdrawal is unbonding until " + withdrawal.availableAt());
        }
        if (withdrawal.amount().isPositive()) {
            ledger.transfer(StakeAccounts.unbonding(participant, withdrawal.role()), AccountRef.wallet(participant),
                    withdrawal.amount(), LedgerReason.STAKE_WITHDRAWAL, withdrawal.id().toString());
        }
        withdrawals.markFinalized(withdrawal.id(), now);
        events.publishEvent(new StakeWithdrawn(withdrawal.id(), participant, withdrawal.role(), withdrawal.amount(),
                now));
        return withdrawals.find(withdrawal.id()).orElseThrow();
    }
}
