package org.agijobs.platform.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.agijobs.platform.graphql.Cursors;

/**
 * One event on its way to the subscribers of an instance, with its cursor. Every live subscriber receives the
 * same instance, so a field read once through {@link #shared} serves all of them: the fan-out costs one read per
 * event, not one per subscriber. What depends on the subscriber is resolved per subscriber, as before.
 */
public final class Delivered<E> {

    private final long seq;
    private final E event;
    private final Map<String, Optional<?>> shared = new ConcurrentHashMap<>(2);

    public Delivered(long seq, E event) {
        this.seq = seq;
        this.event = event;
    }

    public long seq() {
        return seq;
    }

    public E event() {
        return event;
    }

    /** The opaque cursor to resume after this event. */
    public String cursor() {
        return Cursors.ofSeq(seq);
    }

    /** The value of {@code read}, computed by the first subscriber that asks and kept for the others. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> shared(String key, Supplier<T> read) {
        return (Optional<T>) shared.computeIfAbsent(key, missing -> Optional.ofNullable(read.get()));
    }

    @Override
    public String toString() {
        return "Delivered[" + seq + ", " + event + "]";
    }
}
