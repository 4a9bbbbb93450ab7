package org.agijobs.governance.internal;

import java.util.UUID;

import org.agijobs.governance.MarketResumption;
import org.agijobs.parameters.MarketPause;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * A RESUME action lifts the pause through the parameters module's switch, in the proposal's transaction: the
 * approved proposal is the authority, so the switch checks no role, and a resume that finds the market no longer
 * paused fails the whole proposal.
 */
@Component
class PauseSwitch implements MarketResumption {

    private final MarketPause pause;

    PauseSwitch(MarketPause pause) {
        this.pause = pause;
    }

    @Override
    public boolean paused() {
        return pause.state().paused();
    }

    @Override
    public void resume(UUID proposal, Caller executor) {
        pause.resume(proposal.toString(), executor);
    }
}
