package org.agijobs.parameters.graphql;

import org.agijobs.parameters.PauseChanged;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.feed.EventFeed;
import org.agijobs.platform.feed.FeedStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Flux;

/**
 * Pause changes for subscriptions, from every instance: the feed's sealed pauses and resumes in chain order (a
 * rolled-back pause delivers nothing). A slow subscriber loses changes rather than slowing the feed; the next
 * change, its cursor, or {@code pauseState} tells it the truth.
 */
@Component
class PauseChangeStream {

    private final FeedStream<PauseChanged> stream;

    PauseChangeStream(EventFeed feed) {
        this.stream = FeedStream.of(feed, PauseChanged.class);
    }

    /** The changes after {@code cursor} from the trail, then live; live only when null. */
    Flux<Delivered<PauseChanged>> changes(@Nullable String cursor) {
        return stream.after(cursor);
    }

    /** How many subscriptions are listening on this instance now. */
    int subscribers() {
        return stream.subscribers();
    }

    @PreDestroy
    void close() {
        stream.close();
    }
}
