package org.agijobs.governance;

import java.util.UUID;

import org.agijobs.platform.security.Caller;

/**
 * The port a RESUME action executes through: lifting the market's pause. Governance owns it so that the module
 * graph stays acyclic; the adapter to the pause switch ({@code internal.PauseSwitch}) lives in governance too and
 * calls {@link org.agijobs.parameters.MarketPause#resume}. Without an implementation bean, proposing RESUME is
 * refused (there is nothing to resume).
 */
public interface MarketResumption {

    /** Whether the market is paused now, so that a proposal to resume an unpaused market is refused. */
    boolean paused();

    /**
     * Lifts the pause, in the caller's transaction.
     *
     * @param proposal the executed proposal, for the pause's own record
     * @param executor who executed it: the owner whose approval or execute call ran it, or the scheduler
     * @throws org.agijobs.platform.errors.DomainException when the market is not paused
     */
    void resume(UUID proposal, Caller executor);
}
