package org.agijobs.treasury;

/** A fee distribution ran; published inside its transaction. */
public record FeesDistributed(FeeDistribution distribution) {
}
