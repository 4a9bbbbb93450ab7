package org.agijobs.staking;

import java.time.Instant;

/** Stake was slashed and split between the employer, the burn and the treasury. */
public record StakeSlashed(StakeSlash slash, Instant at) implements StakeEvent {
}
