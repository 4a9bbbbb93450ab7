package org.agijobs.portal.jobs;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.BackendSubscriptions;
import org.agijobs.portal.backend.CursorPager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * An employer's side of the market through the public API, with the signed-in user's token: their jobs, the
 * terms they must accept before money is put in escrow, and posting a job. No rule lives here; the backend
 * answers every refusal with a user error that the view shows as it is.
 */
@Service
public class EmployerJobs {

    private final BackendClient backend;
    private final BackendSubscriptions subscriptions;

    EmployerJobs(BackendClient backend, BackendSubscriptions subscriptions) {
        this.backend = backend;
        this.subscriptions = subscriptions;
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

    record Edge(String cursor, JobRow node) {
    }

    record PageInfo(boolean hasNextPage) {
    }

    record Connection(List<Edge> edges, PageInfo pageInfo) {
    }

    /** How many of the employer's jobs are in one state. */
    public record StateCount(String state, int count) {
    }

    /** What posting a job with this reward would hold in escrow now, as the backend computes it. */
    public record Quote(String reward, int feeBps, String fee, String escrow) {
    }

    record Payload(List<UserError> userErrors) {
    }

    /**
     * What the employer types into the form; amounts and budgets stay text so the backend judges their precision.
     * Blank optional fields are left out of the request.
     */
    public record NewJob(String title, String description, String reward, @Nullable Instant deadline,
                         List<String> requiredSkills, String agentTypesAllowed, String parent, String energyBudget,
                         String computeBudget) {

        public NewJob(String title, String description, String reward, @Nullable Instant deadline,
                      List<String> requiredSkills) {
            this(title, description, reward, deadline, requiredSkills, "ANY", "", "", "");
        }
    }

    public TermsStatus terms() {
        return backend.execute("termsStatus", Map.of(), "", TermsStatus.class);
    }

    public List<UserError> acceptTerms(int version) {
        return backend.execute("acknowledgeTerms", Map.of("version", version), "acknowledgeTerms", Payload.class)
                .userErrors();
    }

    /** One page of the employer's jobs, newest first, optionally in one state only. */
    public CursorPager.Page<JobRow> jobsOf(String employerId, @Nullable String state, @Nullable String after,
                                           int first) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("employer", employerId);
        variables.put("first", first);
        if (state != null) {
            variables.put("state", state);
        }
        if (after != null) {
            variables.put("after", after);
        }
        Connection page = backend.execute("employerJobs", variables, "jobs", Connection.class);
        return new CursorPager.Page<>(page.edges().stream().map(Edge::node).toList(),
                page.edges().stream().map(Edge::cursor).toList(), page.pageInfo().hasNextPage());
    }

    /** Every state with how many of the employer's jobs are in it, in lifecycle order. */
    public List<StateCount> countsOf(String employerId) {
        return List.of(backend.execute("jobCounts", Map.of("employer", employerId), "jobCounts",
                StateCount[].class));
    }

    /** The escrow and fee for this reward at the governed fee of this moment; a refusal comes as the exception. */
    public Quote quote(String reward) {
        return backend.execute("jobQuote", Map.of("reward", reward), "jobQuote", Quote.class);
    }

    /** The employer's job events as they commit, for live figures and lists. */
    public Flux<JobEvent> events() {
        return subscriptions.subscribeResuming("myJobEvents", Map.of(), "myJobEvents", JobEvent.class,
                JobEvent::cursor);
    }

    public record JobEvent(String type, String state, Instant at, @Nullable String cursor) {
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
        input.put("agentTypesAllowed", job.agentTypesAllowed());
        putIfGiven(input, "parent", job.parent());
        putIfGiven(input, "energyBudget", job.energyBudget());
        putIfGiven(input, "computeBudget", job.computeBudget());
        input.put("idempotencyKey", idempotencyKey.toString());
        return backend.execute("createJob", Map.of("input", input), "createJob", Payload.class).userErrors();
    }

    private static void putIfGiven(Map<String, Object> input, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            input.put(field, value.strip());
        }
    }
}
