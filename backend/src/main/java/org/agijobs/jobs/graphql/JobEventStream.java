package org.agijobs.jobs.graphql;

import org.agijobs.jobs.JobEvent;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.feed.EventFeed;
import org.agijobs.platform.feed.FeedStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Flux;

/**
 * Job events for subscriptions, from every instance: the feed's sealed job events in chain order (a rolled-back
 * or retried attempt delivers nothing), turned back into records once per instance. Subscribers that cannot keep
 * up lose live events rather than slow down the feed; they resume with the cursor of the last one they saw.
 */
@Component
class JobEventStream {

    private final FeedStream<JobEvent> stream;

    JobEventStream(EventFeed feed) {
        this.stream = FeedStream.of(feed, JobEvent.class);
    }

    /** The events after {@code cursor} from the trail, then live; live only when null. */
    Flux<Delivered<JobEvent>> events(@Nullable String cursor) {
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
