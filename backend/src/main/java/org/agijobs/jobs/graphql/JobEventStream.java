package org.agijobs.jobs.graphql;

import org.agijobs.jobs.JobEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Job events for subscriptions, in this instance only: each event enters the stream after its transaction
 * committed (a rolled-back or retried attempt delivers nothing). Subscribers that cannot keep up lose events
 * rather than slow down the commands that publish them. Fan-out to subscribers on other backend instances is
 * not part of this stream.
 */
@Component
class JobEventStream {

    private final Sinks.Many<JobEvent> sink = Sinks.many().multicast().directBestEffort();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(JobEvent event) {
        // Commits on several threads may end at once; the sink takes one emission at a time.
        synchronized (sink) {
            sink.tryEmitNext(event);
        }
    }

    Flux<JobEvent> events() {
        return sink.asFlux();
    }

    /** How many subscriptions are listening on this instance now. */
    int subscribers() {
        return sink.currentSubscriberCount();
    }
}
