package org.agijobs.governance.graphql;

import org.agijobs.governance.GovernanceEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Governance events for subscriptions, in this instance only, as the job events are: each enters the stream after
 * its transaction committed, and a subscriber that cannot keep up loses events rather than slowing down a command.
 */
@Component
class GovernanceEventStream {

    private final Sinks.Many<GovernanceEvent> sink = Sinks.many().multicast().directBestEffort();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(GovernanceEvent event) {
        synchronized (sink) {
            sink.tryEmitNext(event);
        }
    }

    Flux<GovernanceEvent> events() {
        return sink.asFlux();
    }

    /** How many subscriptions are listening on this instance now. */
    int subscribers() {
        return sink.currentSubscriberCount();
    }
}
