package org.agijobs.audit.internal;

import java.time.Clock;

import org.agijobs.platform.security.Actors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every domain event to the trail, synchronously, inside the transaction that published it: the one
 * place where an event listener is a same-transaction reaction, because "no change without its event, no event
 * without its change" is exactly what the audit trail promises. A failed append rolls the change back.
 * A domain event is any record published from the platform's packages.
 */
@Component
class AuditRecorder {

    private final AuditStore store;
    private final ChainSealer sealer;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditRecorder(AuditStore store, ChainSealer sealer, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
    }

    @EventListener
    void record(Object event) {
        if (!isDomainEvent(event)) {
            return;
        }
        store.append(event.getClass().getSimpleName(), Actors.current(), clock.instant(), AuditSubjects.of(event),
                json.writeValueAsString(event));
        sealer.sealAfterCommit();
    }

    static boolean isDomainEvent(Object event) {
        Class<?> type = event.getClass();
        return type.isRecord() && type.getPackageName().startsWith("org.agijobs.")
                && !type.getPackageName().startsWith("org.agijobs.audit");
    }
}
