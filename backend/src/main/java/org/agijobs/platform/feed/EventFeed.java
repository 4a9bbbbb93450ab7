package org.agijobs.platform.feed;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;

/**
 * Every domain event of every instance, in chain order, once it is sealed: the one source of subscription events.
 * The audit module provides it; it is a port here because the modules that stream events sit below audit in the
 * module graph (audit reads their events to know their subjects).
 */
public interface EventFeed {

    /** The events sealed from now on, hot and shared by every caller; a slow subscriber loses events. */
    Flux<FeedEvent> live();

    /** Sealed events of the given types with a seq above {@code seq}, in seq order, at most {@code limit}. */
    List<FeedEvent> after(long seq, Collection<String> types, int limit);

    /** The seq of the newest sealed event, 0 before the first. */
    long head();
}
