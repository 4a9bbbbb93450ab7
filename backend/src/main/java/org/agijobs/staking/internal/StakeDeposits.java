package org.agijobs.staking.internal;

import java.time.Clock;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.staking.RoleStake;
import org.agijobs.staking.StakeDeposited;
import org.agijobs.staking.StakeRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Wallet to role stake, within the role's minimum and the per-address cap. */
@Component
public class StakeDeposits {

    private final Ledger ledger;
    private final Parameters parameters;
    private final StakeBook book;
    private final StakerMutex mutex;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StakeDeposits(Ledger ledger, Parameters parameters, StakeBook book, StakerMutex mutex,
            ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.parameters = parameters;
        this.book = book;
        this.mutex = mutex;
        this.events = events;
        this.clock = clock;
    }

    /** Must run in a transaction: the balances are read and moved under the participant's staking lock. */
    public RoleStake deposit(UUID participant, StakeRole role, Money amount) {
        mutex.lock(participant);
        StakeRules.checkDeposit(amount, book.balance(participant, role), parameters.money(role.minimum()),
                book.bondedAcrossRoles(participant), parameters.money(Parameter.MAX_STAKE_PER_ADDRESS));
        Money wallet = ledger.balanceOf(AccountRef.wallet(participant));
        if (wallet.isLessThan(amount)) {
            throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, StakeRules.AMOUNT,
                    "The wallet holds only " + wallet);
        }
        ledger.transfer(AccountRef.wallet(participant), StakeAccounts.free(participant, role), amount,
                LedgerReason.STAKE_DEPOSIT, role.name());
        events.publishEvent(new StakeDeposited(participant, role, amount, Rows.now(clock)));
        return book.stakeOf(participant, role);
    }
}
