package org.agijobs.platform.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.graphql.Cursors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * A module's events from the {@link EventFeed}: the feed's events of the module's types, turned back into its
 * records once per instance and shared by every subscriber, live or resumed after a cursor. A subscriber that
 * cannot keep up loses live events rather than slowing the feed; its last cursor tells it where to resume.
 */
public final class FeedStream<E> {

    private static final Logger log = LoggerFactory.getLogger(FeedStream.class);
    static final int PAGE = 500;
    /** How many live events a subscriber may have waiting before it loses the next ones. */
    static final int LIVE_BUFFER = 1024;
    /** The payloads are written by the audit trail's mapper, which is Jackson's default. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventFeed feed;
    private final Map<String, Class<? extends E>> types;
    private final Sinks.Many<Delivered<E>> sink = Sinks.many().multicast().directBestEffort();
    private final Disposable feeding;

    private FeedStream(EventFeed feed, Map<String, Class<? extends E>> types) {
        this.feed = feed;
        this.types = types;
        // The feed emits from one thread, so the sink never sees two emissions at once.
        this.feeding = feed.live().filter(event -> types.containsKey(event.type()))
                .mapNotNull(this::decode).subscribe(sink::tryEmitNext);
    }

    /** The events of {@code type}: the permitted records of a sealed interface, else the record itself. */
    @SuppressWarnings("unchecked")
    public static <E> FeedStream<E> of(EventFeed feed, Class<E> type) {
        Stream<Class<?>> records = type.isSealed() ? Arrays.stream(type.getPermittedSubclasses()) : Stream.of(type);
        Map<String, Class<? extends E>> types = records.collect(
                Collectors.toUnmodifiableMap(Class::getSimpleName, record -> (Class<? extends E>) record));
        return new FeedStream<>(feed, types);
    }

    /**
     * The events from now on. Each subscriber has a buffer of its own: the sink hands an event only to subscribers
     * that asked for one, and the feed emits a batch of sealed events back to back, faster than a subscription
     * executes them one at a time.
     */
    public Flux<Delivered<E>> live() {
        return sink.asFlux().onBackpressureBuffer(LIVE_BUFFER, dropped -> { }, BufferOverflowStrategy.DROP_LATEST);
    }

    /**
     * The events after {@code cursor} (from now on when null): live events are buffered from the start, the trail
     * is replayed, then live events past the last replayed one follow, so nothing is missed or sent twice. A
     * cursor that is not one of an event, or is ahead of the chain, is an {@code INVALID_INPUT} on {@code after}.
     */
    public Flux<Delivered<E>> after(@Nullable String cursor) {
        if (cursor == null) {
            return live();
        }
        long after = Cursors.seqOf(cursor);
        if (after > feed.head()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "after",
                    "Not a cursor of this stream");
        }
        return Flux.defer(() -> {
            Sinks.Many<Delivered<E>> buffer = Sinks.many().unicast().onBackpressureBuffer();
            Disposable buffering = live().subscribe(buffer::tryEmitNext);
            AtomicLong last = new AtomicLong(after);
            return replay(after).doOnNext(event -> last.set(event.seq()))
                    .concatWith(buffer.asFlux().filter(event -> event.seq() > last.get()))
                    .doFinally(signal -> buffering.dispose());
        });
    }

    /** How many subscriptions are listening live on this instance now. */
    public int subscribers() {
        return sink.currentSubscriberCount();
    }

    private Flux<Delivered<E>> replay(long after) {
        return Mono.fromCallable(() -> feed.after(after, types.keySet(), PAGE))
                .expand(page -> page.size() < PAGE ? Mono.empty()
                        : Mono.fromCallable(() -> feed.after(page.getLast().seq(), types.keySet(), PAGE)))
                .flatMapIterable(Function.<List<FeedEvent>>identity())
                .mapNotNull(this::decode)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private @Nullable Delivered<E> decode(FeedEvent event) {
        try {
            return new Delivered<>(event.seq(), JSON.readValue(event.payload(), types.get(event.type())));
        } catch (RuntimeException unreadable) {
            // A payload no longer readable as its record (Jackson, or a record refusing a value): skipped here,
            // still on record in the trail; the stream goes on with the next event.
            log.warn("Audit event {} ({}) cannot be read back as its record", event.seq(), event.type(), unreadable);
            return null;
        }
    }

    /** Stops taking the feed's events (when the module's stream is shut down). */
    public void close() {
        feeding.dispose();
        sink.tryEmitComplete();
    }
}
