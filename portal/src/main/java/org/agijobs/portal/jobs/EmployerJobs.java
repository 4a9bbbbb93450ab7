package org.agijobs.portal.jobs;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * An employer's side of the market through the public API, with the signed-in user's token: their jobs, the
 * terms they must accept before money is put in escrow, and posting a job. No rule lives here; the backend
 * answers every refusal with a user error that the view shows as it is.
 */
@Service
public class EmployerJobs {

    private final BackendClient backend;

    EmployerJobs(BackendClient backend) {
        this.backend = backend;
    }

    public record TermsStatus(int currentTermsVersion, Me me) {
        public boolean accepted() {
            return me.participant().policyVersionAcknowledged() >= currentTermsVersion;
        }
    }

    public record Me(ParticipantRef participant) {
    }

    public record ParticipantRef(String id, int policyVersionAcknowledged) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    public record JobRow(String id, String title, String state, String reward, String fee, Instant deadline,
                         @Nullable AgentRef agent) {
        public String agentHandle() {
            return agent == null ? "" : agent.handle();
        }
    }

    public record AgentRef(String handle) {
    }

    record Edge(JobRow node) {
    }

    record Connection(List<Edge> edges) {
    }

    record Payload(List<UserError> userErrors) {
    }

    /** What the employer types into the form; reward stays text so the backend judges its precision. */
    public record NewJob(String title, String description, String reward, @Nullable Instant deadline,
                         List<String> requiredSkills) {
    }

    public TermsStatus terms() {
        return backend.execute("termsStatus", Map.of(), "", TermsStatus.class);
    }

    public List<UserError> acceptTerms(int version) {
        return backend.execute("acknowledgeTerms", Map.of("version", version), "acknowledgeTerms", Payload.class)
                .userErrors();
    }

    public List<JobRow> jobsOf(String employerId) {
        return backend.execute("employerJobs", Map.of("employer", employerId), "jobs", Connection.class)
                .edges().stream().map(Edge::node).toList();
    }

    /**
     * Posts the job once: the idempotency key is made per press of the button, so a double click or a retried
     * request cannot escrow the reward twice.
     */
    public List<UserError> post(NewJob job, UUID idempotencyKey) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", job.title());
        input.put("description", job.description());
        input.put("reward", job.reward());
        input.put("deadline", job.deadline() == null ? "" : job.deadline().toString());
        input.put("requiredSkills", job.requiredSkills());
        input.put("idempotencyKey", idempotencyKey.toString());
        return backend.execute("createJob", Map.of("input", input), "createJob", Payload.class).userErrors();
    }
}
