package org.agijobs.ledger;

import org.agijobs.platform.money.Money;
import java.util.List;
import java.util.Map;

import org.agijobs.participants.ParticipantRegistered;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Demo data for development: the realm's demo users find a funded wallet at their first sign-in, so every
 * role can try the money-moving features at once. Funding follows the registration's commit in a transaction of
 * its own, recorded in the event publication registry: a failure or a crash in between leaves the publication
 * incomplete, and it is delivered again (at the latest at the next start), so the money arrives once. Only in the {@code dev} profile: production money always enters
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
    private final JdbcClient jdbc;

    DemoFunding(Ledger ledger, Wallets demo, JdbcClient jdbc) {
        this.ledger = ledger;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void fund(ParticipantRegistered registered) {
        String amount = demo.wallets().get(registered.handle());
        if (amount == null) {
            return;
        }
        AccountRef wallet = AccountRef.wallet(registered.participantId());
        // A delivery repeated after a crash finds the first one's transfer: the lock makes them take turns. Both
        // accounts are locked, in the ledger's order, before the transfer: locking the wallet alone and then the
        // transfer's EXTERNAL would invert that order against a concurrent faucet credit and deadlock.
        ledger.lock(List.of(AccountRef.EXTERNAL, wallet));
        if (!alreadyFunded(registered)) {
            ledger.transfer(AccountRef.EXTERNAL, wallet, Money.of(amount), LedgerReason.DEMO_FUNDING,
                    registered.participantId().toString());
        }
    }

    private boolean alreadyFunded(ParticipantRegistered registered) {
        return jdbc.sql("select exists (select 1 from ledger_transfer where reason = :reason and reference = :reference)")
                .param("reason", LedgerReason.DEMO_FUNDING.name())
                .param("reference", registered.participantId().toString())
                .query(Boolean.class).single();
    }
}
