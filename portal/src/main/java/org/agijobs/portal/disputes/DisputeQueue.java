package org.agijobs.portal.disputes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The moderation queue through the public API, with the signed-in moderator's token: the open disputes with their
 * evidence, and a ruling. No rule lives here; the backend answers every refusal with a user error.
 */
@Service
public class DisputeQueue {

    private final BackendClient backend;

    DisputeQueue(BackendClient backend) {
        this.backend = backend;
    }

    public enum Ruling {
        AGENT_WINS, EMPLOYER_WINS
    }

    public record JobRef(String id, String title, String state) {
    }

    public record ParticipantRef(String handle) {
    }

    public record Evidence(ParticipantRef author, String role, String uri, String hash, @Nullable String note,
                           Instant addedAt) {
    }

    public record Dispute(JobRef job, String kind, Instant openedAt, Instant staleAt,
                          @Nullable ParticipantRef raisedBy, @Nullable String reason, List<Evidence> evidence) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record DisputePayload(List<UserError> userErrors) {
    }

    /** Oldest first, as the backend orders its queue. */
    public List<Dispute> open() {
        return Arrays.asList(backend.execute("openDisputes", Map.of(), "openDisputes", Dispute[].class));
    }

    /** Rules once: the key is made per press of a ruling button, so a retried request cannot rule twice. */
    public List<UserError> resolve(String jobId, Ruling ruling, String reason, UUID idempotencyKey) {
        Map<String, Object> input = Map.of("jobId", jobId, "ruling", ruling.name(), "reason", reason,
                "idempotencyKey", idempotencyKey.toString());
        return backend.execute("resolveDispute", Map.of("input", input), "resolveDispute", DisputePayload.class)
                .userErrors();
    }
}
