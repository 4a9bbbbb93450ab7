package org.agijobs.portal.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.BackendSubscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * One job as its employer (or anyone with a role) sees it through the public API: the job with its committee,
 * dispute, settlement and certificate, the ranking of eligible agents while it is open, its sub-job tree, and the
 * employer's commands on it. The backend decides every rule; refusals come back as user errors.
 */
@Service
public class JobDetails {

    private final BackendClient backend;
    private final BackendSubscriptions subscriptions;

    JobDetails(BackendClient backend, BackendSubscriptions subscriptions) {
        this.backend = backend;
        this.subscriptions = subscriptions;
    }

    public record Detail(Viewer me, @Nullable Job job) {
        /** Whether the signed-in user posted this job. */
        public boolean isEmployer() {
            return job != null && job.employer().id().equals(me.participant().id());
        }

        /** Whether the signed-in user is the agent assigned to this job. */
        public boolean isAgent() {
            return job != null && job.agent() != null && job.agent().id().equals(me.participant().id());
        }
    }

    public record Viewer(Ref participant, List<String> roles) {
    }

    public record Ref(String id) {
    }

    public record Handle(String handle) {
    }

    public record Titled(String id, String title) {
    }

    public record Job(String id, String title, @Nullable String description, @Nullable String specUri,
                      String specHash, String state, String reward, String fee, int feeBps, String escrow,
                      Instant deadline, List<String> requiredSkills, String agentTypesAllowed,
                      @Nullable String energyBudget, @Nullable String computeBudget, Party employer,
                      @Nullable Party agent, @Nullable Handle preferredAgent, @Nullable Titled parent,
                      Instant createdAt, @Nullable Instant assignedAt, @Nullable Instant expiresAt,
                      @Nullable Instant submittedAt, @Nullable Instant completedAt, @Nullable Instant challengeEndsAt,
                      @Nullable Instant disputedAt, @Nullable Instant finalizedAt, @Nullable Instant cancelledAt,
                      @Nullable Instant expiredAt, @Nullable String cancelReason, @Nullable String resultUri,
                      @Nullable String resultHash, @Nullable Boolean validationApproved,
                      @Nullable String escalationReason, @Nullable Boolean settledSuccess,
                      @Nullable Committee committee, @Nullable Dispute dispute, @Nullable Settlement settlement,
                      @Nullable Certificate certificate) {
    }

    /** A party of the job: its participant id, to tell the signed-in user's own part, and its handle. */
    public record Party(String id, String handle) {
    }

    public record Committee(String phase, int sizeWanted, Instant drawnAt, Instant commitEndsAt,
                            Instant revealEndsAt, @Nullable Instant talliedAt, @Nullable String outcome,
                            @Nullable Integer reveals, List<Seat> members) {
        public long committed() {
            return members.stream().filter(Seat::committed).count();
        }

        public long revealed() {
            return members.stream().filter(Seat::revealed).count();
        }
    }

    /** A committee seat as the employer sees it: whether a vote was committed and revealed, never how. */
    public record Seat(boolean committed, boolean revealed) {
    }

    public record Dispute(String kind, @Nullable String reason, String fee, Instant openedAt,
                          @Nullable Instant resolvedAt, @Nullable String ruling, @Nullable String resolutionReason,
                          @Nullable Handle raisedBy, List<Evidence> evidence) {
    }

    public record Evidence(String role, String hash, String uri, @Nullable String note, Instant addedAt,
                           Handle author) {
    }

    public record Settlement(boolean success, String trigger, String agentPayout, String employerRefund,
                             String validatorRewards, String feeToPool, String burned, String slashed,
                             Instant settledAt) {
    }

    public record Certificate(String id, Instant issuedAt) {
    }

    public record Ranked(Handle agent, double score, double skillMatch, int reputation, int activeJobs,
                         String stake) {
    }

    record RankEdge(Ranked node) {
    }

    record Ranking(List<RankEdge> edges) {
    }

    public record Tree(String mermaid, List<TreeNode> nodes) {
    }

    public record TreeNode(int depth, Titled job) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record Payload(List<UserError> userErrors) {
    }

    public record JobEvent(String type, String state, Instant at, @Nullable String cursor) {
    }

    public Detail detail(String jobId) {
        return backend.execute("jobDetail", Map.of("id", jobId), "", Detail.class);
    }

    /** Eligible agents, best first, while the job is open; the employer's and owners' view only. */
    public List<Ranked> ranking(String jobId) {
        return backend.execute("rankAgents", Map.of("jobId", jobId), "rankAgents", Ranking.class).edges().stream()
                .map(RankEdge::node).toList();
    }

    public Tree tree(String jobId) {
        return backend.execute("jobTree", Map.of("id", jobId), "jobTree", Tree.class);
    }

    public List<UserError> cancel(String jobId, String reason, UUID idempotencyKey) {
        Map<String, Object> input = new HashMap<>(Map.of("jobId", jobId, "idempotencyKey", idempotencyKey.toString()));
        if (!reason.isBlank()) {
            input.put("reason", reason.strip());
        }
        return backend.execute("cancelJob", Map.of("input", input), "cancelJob", Payload.class).userErrors();
    }

    /**
     * Raises a dispute with one piece of evidence. Without a hash of the evidence file the statement itself is
     * hashed, so the record still pins down exactly what was submitted.
     */
    public List<UserError> raiseDispute(String jobId, String reason, String evidenceUri, String evidenceHash,
                                        String note, UUID idempotencyKey) {
        Map<String, Object> input = new HashMap<>();
        input.put("jobId", jobId);
        input.put("reason", reason);
        input.put("evidenceUri", evidenceUri.strip());
        input.put("evidenceHash", evidenceHash.isBlank() ? sha256(reason + "\n" + note) : evidenceHash.strip());
        if (!note.isBlank()) {
            input.put("note", note);
        }
        input.put("idempotencyKey", idempotencyKey.toString());
        return backend.execute("raiseDispute", Map.of("input", input), "raiseDispute", Payload.class).userErrors();
    }

    /** Every state change of the job as it commits. */
    public Flux<JobEvent> events(String jobId) {
        return subscriptions.subscribeResuming("jobEvents", Map.of("jobId", jobId), "jobEvents", JobEvent.class,
                JobEvent::cursor);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
