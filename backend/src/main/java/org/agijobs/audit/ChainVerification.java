package org.agijobs.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a range of the chain: how many sealed events held, and the first that did not, with
 * why. Events not yet sealed are outside the chain and not checked.
 */
public record ChainVerification(boolean valid, int checked, @Nullable Long firstBrokenSeq, @Nullable String reason) {

    public static ChainVerification holds(int checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification brokenAt(int checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
