package org.agijobs.platform.feed;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One sealed audit event as the feed delivers it: its place in the chain ({@code seq}), the event's simple class
 * name as {@code type}, who caused it, when, what it is about, and the event record as JSON.
 */
public record FeedEvent(long seq, String type, String actor, Instant at, @Nullable String subjectType,
        @Nullable UUID subjectId, String payload) {
}
