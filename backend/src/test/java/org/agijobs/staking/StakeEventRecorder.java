package org.agijobs.staking;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;

/**
 * Every staking event the application publishes, on whatever thread (Spring's {@code ApplicationEvents} sees
 * only the test's own thread, not the server's).
 */
public class StakeEventRecorder {

    private final Queue<StakeEvent> events = new ConcurrentLinkedQueue<>();

    @EventListener
    void on(StakeEvent event) {
        events.add(event);
    }

    <T extends StakeEvent> Stream<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }
}
