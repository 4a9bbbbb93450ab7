package org.agijobs.parameters.graphql;

import org.agijobs.parameters.PauseChanged;
import org.agijobs.parameters.PauseState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Pause changes for subscriptions, in this instance only, each after its transaction committed (a rolled-back
 * pause or resume delivers nothing). Like the job event stream, a slow subscriber loses changes rather than
 * slowing the pause; the next change, or {@code pauseState}, tells it the truth.
 */
@Component
class PauseChangeStream {

    private final Sinks.Many<PauseState> sink = Sinks.many().multicast().directBestEffort();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(PauseChanged changed) {
        // Commits on several threads may end at once; the sink takes one emission at a time.
        synchronized (sink) {
            sink.tryEmitNext(changed.state());
        }
    }

    Flux<PauseState> states() {
        return sink.asFlux();
    }

    /** How many subscriptions are listening on this instance now. */
    int subscribers() {
        return sink.currentSubscriberCount();
    }
}
