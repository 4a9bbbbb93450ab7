package org.agijobs.audit;

/** Why a presented checkpoint does not hold against the chain as it stands, in the order they are checked. */
public enum InvalidCheckpointReason {
    /** The signature does not verify against the platform's published keys (or it is no compact JWS at all). */
    BAD_SIGNATURE,
    /** Signed by the platform, but not a checkpoint: another signed document, such as a report or certificate. */
    MALFORMED,
    /** No sealed event at the checkpoint's seq: the chain is shorter than it was, or the seq was never sealed. */
    UNKNOWN_SEQ,
    /** The event at that seq has another hash than the one signed: the history up to it was rewritten. */
    HASH_MISMATCH,
    /** The head still matches, but the chain from seq 1 to it no longer verifies: an earlier event was edited. */
    CHAIN_BROKEN
}
