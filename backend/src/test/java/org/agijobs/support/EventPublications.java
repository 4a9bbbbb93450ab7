package org.agijobs.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The event publication registry as tests see it: the rows of the events that mention an id, and a bounded wait
 * for the after-commit listeners of those events to complete (they run on other threads). Also a probe event
 * whose listener fails as often as a test asks, to watch the registry keep and redeliver a publication.
 */
@TestComponent
public class EventPublications {

    /** Long enough for a listener on a loaded machine; a listener that never completes fails the wait. */
    private static final Duration AT_MOST = Duration.ofSeconds(20);

    /** A test-only fact; its listener fails while failures are left for its id. */
    public record Probe(UUID id) {
    }

    /** One row of {@code event_publication}. */
    public record Publication(String listenerId, String status, boolean completed) {
    }

    private final JdbcClient jdbc;
    private final Map<UUID, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Set<UUID> failed = ConcurrentHashMap.newKeySet();

    EventPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The publications of events whose serialized form contains {@code id}. */
    public List<Publication> of(UUID id) {
        return jdbc.sql("""
                        select listener_id, status, completion_date is not null as completed from event_publication
                        where serialized_event like :pattern order by publication_date, listener_id""")
                .param("pattern", "%" + id + "%")
                .query((row, n) -> new Publication(row.getString("listener_id"), row.getString("status"),
                        row.getBoolean("completed")))
                .list();
    }

    /** Waits until the events mentioning {@code id} have publications and every one of them is complete. */
    public void awaitCompletionOf(UUID id) {
        Awaitility.await("publications of " + id + " complete").atMost(AT_MOST).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    List<Publication> publications = of(id);
                    return !publications.isEmpty() && publications.stream().allMatch(Publication::completed);
                });
    }

    /** Makes the probe's listener fail the next {@code times} deliveries of the probe {@code id}. */
    public void failProbe(UUID id, int times) {
        failuresLeft.put(id, new AtomicInteger(times));
    }

    /** How often the probe's listener was called for {@code id}, failures included. */
    public int deliveriesOf(UUID id) {
        return deliveries.getOrDefault(id, new AtomicInteger()).get();
    }

    /** Waits until the probe's listener has failed for {@code id} and returned (its publication is then marked). */
    public void awaitFailureOf(UUID id) {
        Awaitility.await("probe " + id + " failed").atMost(AT_MOST).pollInterval(Duration.ofMillis(20))
                .until(() -> failed.contains(id)
                        && of(id).stream().anyMatch(publication -> "FAILED".equals(publication.status())));
    }

    @ApplicationModuleListener
    void on(Probe probe) {
        deliveries.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = failuresLeft.get(probe.id());
        if (left != null && left.getAndDecrement() > 0) {
            failed.add(probe.id());
            throw new IllegalStateException("Probe " + probe.id() + " fails as asked");
        }
    }
}
