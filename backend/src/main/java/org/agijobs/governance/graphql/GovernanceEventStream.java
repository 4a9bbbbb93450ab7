package org.agijobs.governance.graphql;

import org.agijobs.governance.GovernanceEvent;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.feed.EventFeed;
import org.agijobs.platform.feed.FeedStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Flux;

/**
 * Governance events for subscriptions, from every instance, as the job events are: the feed's sealed proposal
 * steps in chain order; a subscriber that cannot keep up loses live events and resumes with its last cursor.
 */
@Component
class GovernanceEventStream {

    private final FeedStream<GovernanceEvent> stream;

    GovernanceEventStream(EventFeed feed) {
        this.stream = FeedStream.of(feed, GovernanceEvent.class);
    }

    /** The events after {@code cursor} from the trail, then live; live only when null. */
    Flux<Delivered<GovernanceEvent>> events(@Nullable String cursor) {
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
