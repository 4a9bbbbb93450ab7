package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Demo money for development (DOMAIN.md: a demo faucet in dev): the roles that pay into the platform fund
 * their own wallet, a capped amount per request. The bean, its GraphQL field and its schema exist only in the
 * {@code dev} profile, so production has no path that creates money without an owner.
 */
@Service
@Profile("dev")
public class DemoFaucet {

    private final LedgerService ledger;
    private final ParticipantService participants;
    private final Money maxPerRequest;

    DemoFaucet(LedgerService ledger, ParticipantService participants,
            @Value("${agijobs.ledger.faucet.max-per-request:10000}") String maxPerRequest) {
        this.ledger = ledger;
        this.participants = participants;
        this.maxPerRequest = Money.of(maxPerRequest);
    }

    private record Faucet(Money amount) {
    }

    public LedgerReceipt request(Caller caller, Money amount, @Nullable String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.EMPLOYER, Role.AGENT, Role.VALIDATOR);
        if (amount.isGreaterThan(maxPerRequest)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.amount",
                    "The faucet gives at most " + maxPerRequest + " per request");
        }
        Participant participant = participants.profileOf(caller);
        if (participant.isBlacklisted()) {
            throw new DomainException(ErrorCode.BLACKLISTED, "Blacklisted participants get no demo money");
        }
        return ledger.deposit(caller, participant.getId(), amount, LedgerReason.FAUCET, idempotencyKey, new Faucet(amount));
    }

    public Money maxPerRequest() {
        return maxPerRequest;
    }
}
