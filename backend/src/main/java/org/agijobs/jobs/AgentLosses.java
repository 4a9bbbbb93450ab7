package org.agijobs.jobs;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * Records what an expiry costs the agent beyond its stake (its reputation), in the expiry's transaction. Jobs owns
 * this port and the reputation module implements it; the call carries all the reputation module needs.
 */
public interface AgentLosses {

    /** The agent let the job with this reward expire at {@code at}. */
    void jobExpired(UUID jobId, UUID agentId, Money reward, Instant at);
}
