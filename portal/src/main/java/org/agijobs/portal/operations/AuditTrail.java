package org.agijobs.portal.operations;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.CursorPager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The audit trail and the ledger's health, read through the public API with the owner's token. */
@Service
public class AuditTrail {

    private final BackendClient backend;

    AuditTrail(BackendClient backend) {
        this.backend = backend;
    }

    /** One recorded event; {@code seq} and {@code hash} are null until the sealer linked it (seconds). */
    public record Event(String type, String actor, Instant occurredAt, @Nullable String subjectType,
                        @Nullable String subjectId, String payload, @Nullable Integer seq, @Nullable String hash) {
    }

    /** Which events to list; a blank criterion is left out. */
    public record Filter(String type, String actor, @Nullable String subjectType, String subjectId,
                         @Nullable Instant from, @Nullable Instant to) {

        Map<String, Object> variables() {
            Map<String, Object> filter = new HashMap<>();
            putIfPresent(filter, "type", type.strip());
            putIfPresent(filter, "actor", actor.strip());
            putIfPresent(filter, "subjectType", subjectType);
            putIfPresent(filter, "subjectId", subjectId.strip());
            putIfPresent(filter, "from", from == null ? null : from.toString());
            putIfPresent(filter, "to", to == null ? null : to.toString());
            return filter;
        }

        private static void putIfPresent(Map<String, Object> into, String key, @Nullable String value) {
            if (value != null && !value.isEmpty()) {
                into.put(key, value);
            }
        }
    }

    public record Verification(boolean valid, int checked, @Nullable Integer firstBrokenSeq,
                               @Nullable String reason) {
    }

    /** A signed checkpoint of the chain's head: what a third party keeps to catch a later rewrite. */
    public record Checkpoint(int seq, String hash, @Nullable Instant sealedAt, Instant issuedAt, String jws) {
    }

    public record Health(boolean healthy, String total, boolean balanced, int negativeAccountCount,
                         int unreconciledAccountCount, boolean escrowChecked, int escrowMismatchCount,
                         Instant checkedAt) {
    }

    record Edge(String cursor, Event node) {
    }

    record PageInfo(boolean hasNextPage) {
    }

    record Connection(List<Edge> edges, PageInfo pageInfo) {
    }

    record CheckpointEdge(String cursor, Checkpoint node) {
    }

    record CheckpointConnection(List<CheckpointEdge> edges, PageInfo pageInfo) {
    }

    /** One page of events in the order they were recorded, {@code first} after {@code after}. */
    public CursorPager.Page<Event> events(Filter filter, @Nullable String after, int first) {
        Map<String, Object> variables = new HashMap<>(Map.of("first", first, "filter", filter.variables()));
        if (after != null) {
            variables.put("after", after);
        }
        Connection page = backend.execute("auditEvents", variables, "auditEvents", Connection.class);
        return new CursorPager.Page<>(page.edges().stream().map(Edge::node).toList(),
                page.edges().stream().map(Edge::cursor).toList(), page.pageInfo().hasNextPage());
    }

    /** Recomputes the whole sealed chain in the backend and says where it first breaks. */
    public Verification verify() {
        return backend.query("verifyAuditChain", "verifyAuditChain", Verification.class);
    }

    /** The newest signed checkpoint, empty before the first (the backend signs the head at intervals). */
    public Optional<Checkpoint> latestCheckpoint() {
        CheckpointConnection page = backend.query("latestAuditCheckpoint", "auditCheckpoints",
                CheckpointConnection.class);
        return page.edges().stream().map(CheckpointEdge::node).findFirst();
    }

    public Health ledgerHealth() {
        return backend.query("ledgerHealth", "ledgerHealth", Health.class);
    }
}
