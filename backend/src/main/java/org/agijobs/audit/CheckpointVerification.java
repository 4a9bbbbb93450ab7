package org.agijobs.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a presented checkpoint: valid when the platform signed it and the chain still holds up to
 * its seq with the hash it names. {@code seq} is the checkpoint's when it could be read (null for a bad signature).
 */
public record CheckpointVerification(boolean valid, @Nullable Long seq, @Nullable InvalidCheckpointReason reason) {

    public static CheckpointVerification holds(long seq) {
        return new CheckpointVerification(true, seq, null);
    }

    public static CheckpointVerification invalid(@Nullable Long seq, InvalidCheckpointReason reason) {
        return new CheckpointVerification(false, seq, reason);
    }
}
