package org.agijobs.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.agijobs.governance.GovernanceEvent;
import org.agijobs.jobs.JobEvent;
import org.agijobs.parameters.PauseChanged;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The streams' side of the feed: events read back as their records, and a resume with no gap and no duplicate. */
class FeedStreamTest {

    /** The audit trail's mapper, as {@code AuditRecorder} writes payloads. */
    private static final JsonMapper RECORDER = JsonMapper.builder().build();

    static Stream<Class<?>> everyStreamedRecord() {
        return Stream.of(Arrays.stream(JobEvent.class.getPermittedSubclasses()),
                Stream.<Class<?>>of(GovernanceEvent.class, PauseChanged.class)).flatMap(types -> types);
    }

    @ParameterizedTest
    @MethodSource("everyStreamedRecord")
    void readsEveryStreamedRecordBackAsItWasRecorded(Class<?> type) {
        Object event = sample(type);
        FakeFeed feed = new FakeFeed();
        FeedStream<?> stream = FeedStream.of(feed, type.isInterface() ? type : streamType(type));

        StepVerifier.create(stream.live().<Object>map(Delivered::event).take(1))
                .then(() -> feed.seal(type.getSimpleName(), RECORDER.writeValueAsString(event)))
                .expectNext(event)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void resumesAfterACursorWithNoGapAndNoDuplicate() {
        FakeFeed feed = new FakeFeed();
        FeedStream<PauseChanged> stream = FeedStream.of(feed, PauseChanged.class);
        for (int i = 1; i <= 3; i++) {
            feed.seal("PauseChanged", RECORDER.writeValueAsString(sample(PauseChanged.class)));
        }
        // The first of these is in the trail and also reaches the live stream while the replay runs.
        feed.replayHook = () -> {
            feed.seal("PauseChanged", RECORDER.writeValueAsString(sample(PauseChanged.class)));
            feed.replayHook = null;
        };

        StepVerifier.create(stream.after(Cursors.ofSeq(1)).map(Delivered::seq).take(4))
                .expectNext(2L, 3L, 4L)
                .then(() -> feed.seal("PauseChanged", RECORDER.writeValueAsString(sample(PauseChanged.class))))
                .expectNext(5L)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void skipsOtherModulesEvents() {
        FakeFeed feed = new FakeFeed();
        FeedStream<PauseChanged> stream = FeedStream.of(feed, PauseChanged.class);
        feed.seal("StakeDeposited", "{}");
        feed.seal("PauseChanged", RECORDER.writeValueAsString(sample(PauseChanged.class)));

        StepVerifier.create(stream.after(Cursors.ofSeq(0)).map(Delivered::seq).take(1))
                .expectNext(2L).expectComplete().verify(Duration.ofSeconds(10));
    }

    @Test
    void refusesACursorThatIsNotOneOfAnEvent() {
        FakeFeed feed = new FakeFeed();
        FeedStream<PauseChanged> stream = FeedStream.of(feed, PauseChanged.class);
        feed.seal("PauseChanged", RECORDER.writeValueAsString(sample(PauseChanged.class)));

        for (String cursor : List.of("nonsense", "", Cursors.ofSeq(2), "AW8AAAAAAAAAAQ", "AWsBAmlkbAAAAAAAAAAB",
                "AWsBA3NlcWz__________w")) {
            assertThatThrownBy(() -> stream.after(cursor)).as(cursor).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT));
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> Class<E> streamType(Class<?> type) {
        return (Class<E>) type;
    }

    /** A record with a value for every component, nested records and enums included. */
    static Object sample(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] values = Arrays.stream(types).map(FeedStreamTest::value).toArray();
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(type.getName(), impossible);
        }
    }

    private static Object value(Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Instant.class) {
            return Instant.parse("2026-12-07T06:12:36.123456Z");
        }
        if (type == Money.class) {
            return Money.of("12.345678901234567891");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("0.5");
        }
        if (type == String.class) {
            return "text \"quoted\" ü";
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("No sample value for " + type);
    }

    /** An in-memory feed: sealing appends to the trail and emits live, as the audit feed does. */
    static final class FakeFeed implements EventFeed {

        private final List<FeedEvent> trail = new CopyOnWriteArrayList<>();
        private final Sinks.Many<FeedEvent> live = Sinks.many().multicast().directBestEffort();
        volatile Runnable replayHook;

        synchronized void seal(String type, String payload) {
            FeedEvent event = new FeedEvent(trail.size() + 1, type, "someone", Instant.now(), null, null, payload);
            trail.add(event);
            live.tryEmitNext(event);
        }

        @Override
        public Flux<FeedEvent> live() {
            return live.asFlux();
        }

        @Override
        public List<FeedEvent> after(long seq, Collection<String> types, int limit) {
            List<FeedEvent> page = new ArrayList<>(trail.stream().filter(event -> event.seq() > seq)
                    .filter(event -> types.contains(event.type())).limit(limit).toList());
            Runnable hook = replayHook;
            if (hook != null) {
                hook.run();
                page.add(trail.getLast());
            }
            return page;
        }

        @Override
        public long head() {
            return trail.size();
        }
    }
}
