package org.agijobs.resources.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.agijobs.resources.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code resource_pool} (one row per resource: what is reserved in all) and {@code resource_reservation} (what each
 * job holds). The pool row is the lock that keeps concurrent reservations within capacity; the per-job rows make a
 * release exact and a second release a no-op.
 */
@Component
public class ResourceBook {

    private final JdbcClient jdbc;

    ResourceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is reserved of each resource, as this transaction sees it, without a lock. */
    public Map<Resource, BigDecimal> reserved() {
        Map<Resource, BigDecimal> reserved = new EnumMap<>(Resource.class);
        jdbc.sql("select resource, reserved from resource_pool")
                .query((rs, row) -> reserved.put(Resource.valueOf(rs.getString("resource")), rs.getBigDecimal("reserved")))
                .list();
        return reserved;
    }

    /**
     * Locks the pool rows of {@code resources}, always in the same order (by name) so that two reservations over
     * both resources queue instead of deadlocking, and returns what they hold reserved.
     */
    public Map<Resource, BigDecimal> lock(Collection<Resource> resources) {
        Map<Resource, BigDecimal> reserved = new EnumMap<>(Resource.class);
        jdbc.sql("select resource, reserved from resource_pool where resource in (:names) order by resource for update")
                .param("names", resources.stream().map(Resource::name).toList())
                .query((rs, row) -> reserved.put(Resource.valueOf(rs.getString("resource")), rs.getBigDecimal("reserved")))
                .list();
        return reserved;
    }

    public void reserve(UUID jobId, Resource resource, BigDecimal amount, Instant at) {
        jdbc.sql("insert into resource_reservation (job_id, resource, amount, reserved_at) values (:job, :resource, :amount, :at)")
                .param("job", jobId).param("resource", resource.name()).param("amount", amount)
                    .param("at", Timestamp.from(at)).update();
        jdbc.sql("update resource_pool set reserved = reserved + :amount where resource = :resource")
                .param("amount", amount).param("resource", resource.name()).update();
    }

    /** What {@code jobId} holds reserved, by resource; empty when it holds nothing. */
    public Map<Resource, BigDecimal> heldBy(UUID jobId) {
        Map<Resource, BigDecimal> held = new EnumMap<>(Resource.class);
        jdbc.sql("select resource, amount from resource_reservation where job_id = :job")
                .param("job", jobId)
                .query((rs, row) -> held.put(Resource.valueOf(rs.getString("resource")), rs.getBigDecimal("amount")))
                .list();
        return held;
    }

    /** Gives back what {@code jobId} held; the caller has locked the pool rows of {@code held}. */
    public void release(UUID jobId, Map<Resource, BigDecimal> held) {
        held.forEach((resource, amount) -> jdbc.sql(
                        "update resource_pool set reserved = reserved - :amount where resource = :resource")
                .param("amount", amount).param("resource", resource.name()).update());
        jdbc.sql("delete from resource_reservation where job_id = :job").param("job", jobId).update();
    }
}
