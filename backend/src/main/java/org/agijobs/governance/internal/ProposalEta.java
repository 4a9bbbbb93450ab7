package org.agijobs.governance.internal;

import java.time.Duration;
import java.util.UUID;

import org.agijobs.platform.scheduling.DeadlineHandler;
import org.springframework.stereotype.Component;

/**
 * The {@code proposal-eta} deadline of each queued proposal (entity id = proposal id), scheduled at its eta when
 * it is queued and cancelled when it is cancelled. A run executes the proposal if it is still queued and due;
 * db-scheduler picks each execution on one instance, and the proposal's row lock and state make a second run
 * (a crash before the completion was recorded, an owner's execute at the same moment) do nothing.
 */
@Component
class ProposalEta extends DeadlineHandler {

    static final String KIND = "proposal-eta";

    private final ProposalCommands commands;

    ProposalEta(ProposalCommands commands) {
        super(KIND, Duration.ofMinutes(1));
        this.commands = commands;
    }

    // Governance is how owners act in an emergency (a parameter fix, a blacklisting), so a FULL pause never holds it.
    @Override
    protected boolean heldByPause() {
        return false;
    }

    @Override
    protected Next onDue(String id) {
        return commands.executeIfDue(UUID.fromString(id)).map(Next::at).orElseGet(Next::done);
    }
}
