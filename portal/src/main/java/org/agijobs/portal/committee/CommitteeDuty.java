package org.agijobs.portal.committee;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A validator's committee seats through the public API, with the signed-in user's token. The vote itself never
 * passes through here before its reveal: committing sends only the hash the browser computed, and the salt
 * arrives only with the reveal.
 */
@Service
public class CommitteeDuty {

    private final BackendClient backend;

    CommitteeDuty(BackendClient backend) {
        this.backend = backend;
    }

    /** The calling validator's global id (part of every commit hash) and the committees still voting. */
    public record Assignments(Me me, List<Assignment> myCommitteeAssignments) {
        public String validatorId() {
            return me.participant().id();
        }
    }

    public record Me(ParticipantRef participant) {
    }

    public record ParticipantRef(String id) {
    }

    public record JobRef(String id, String title) {
    }

    public record Member(ParticipantRef validator, boolean committed, @Nullable String commitHash,
                         boolean revealed) {
    }

    public record Assignment(JobRef job, String phase, Instant commitEndsAt, Instant revealEndsAt,
                             List<Member> members) {

        /** The caller's own seat; absent only if the backend lists a committee the caller does not sit on. */
        public Optional<Member> seatOf(String validatorId) {
            return members.stream().filter(member -> member.validator().id().equals(validatorId)).findFirst();
        }
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record VotePayload(List<UserError> userErrors) {
    }

    public Assignments assignments() {
        return backend.execute("committeeAssignments", Map.of(), "", Assignments.class);
    }

    /** Commits the hash the browser computed; the vote and its salt stay in the browser until the reveal. */
    public List<UserError> commit(String jobId, String commitHash, UUID idempotencyKey) {
        Map<String, Object> input = Map.of("jobId", jobId, "commitHash", commitHash,
                "idempotencyKey", idempotencyKey.toString());
        return backend.execute("commitVote", Map.of("input", input), "commitVote", VotePayload.class).userErrors();
    }

    public List<UserError> reveal(String jobId, boolean approve, String salt, UUID idempotencyKey) {
        Map<String, Object> input = Map.of("jobId", jobId, "approve", approve, "salt", salt,
                "idempotencyKey", idempotencyKey.toString());
        return backend.execute("revealVote", Map.of("input", input), "revealVote", VotePayload.class).userErrors();
    }
}
