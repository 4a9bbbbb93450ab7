package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.util.Map;

import org.agijobs.participants.ParticipantRegistered;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data for development: the realm's demo users find a funded wallet at their first sign-in, so every
 * role can try the money-moving features at once. Funding happens in the registration's own transaction, so a
 * profile never exists without its demo money. Only in the {@code dev} profile: production money always enters
 * through an owner's deposit.
 */
@Component
@Profile("dev")
@EnableConfigurationProperties(DemoFunding.Wallets.class)
class DemoFunding {


    /** Opening balance per demo handle, e.g. {@code agijobs.demo.wallets.emma.employer=10000}. */
    @ConfigurationProperties("agijobs.demo")
    record Wallets(Map<String, String> wallets) {
        Wallets {
            wallets = wallets == null ? Map.of() : Map.copyOf(wallets);
        }
    }

    private final Ledger ledger;
    private final Wallets demo;

    DemoFunding(Ledger ledger, Wallets demo) {
        this.ledger = ledger;
        this.demo = demo;
    }

    @EventListener
    void fund(ParticipantRegistered registered) {
        String amount = demo.wallets().get(registered.handle());
        if (amount != null) {
            ledger.transfer(AccountRef.EXTERNAL, AccountRef.wallet(registered.participantId()), Money.of(amount),
                    LedgerReason.DEMO_FUNDING, registered.participantId().toString());
        }
    }
}
