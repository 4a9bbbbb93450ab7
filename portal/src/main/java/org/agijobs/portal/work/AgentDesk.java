package org.agijobs.portal.work;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.backend.BackendSubscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * An agent's side of the market through the public API, with the signed-in agent's token: the board of open
 * jobs it could take, applying, its assignments and delivering a result, page by page along the API's cursors.
 * No rule lives here; the backend answers every refusal with a user error, naming its field where it has one.
 */
@Service
public class AgentDesk {

    private final BackendClient backend;
    private final BackendSubscriptions subscriptions;

    AgentDesk(BackendClient backend, BackendSubscriptions subscriptions) {
        this.backend = backend;
        this.subscriptions = subscriptions;
    }

    public record Agent(String id, String handle, List<String> skills) {
    }

    record Me(Agent participant) {
    }

    public record EmployerRef(String handle) {
    }

    /** @param myStanding null when the agent could not take the job now (stake, reputation, active jobs) */
    public record OpenJob(String id, String title, String reward, Instant deadline, List<String> requiredSkills,
                          String agentTypesAllowed, EmployerRef employer, @Nullable Standing myStanding) {
    }

    public record Standing(int position, int rankedAgents, Score rank) {
    }

    public record Score(double score) {
    }

    public record Assignment(String id, String title, String reward, Instant deadline, @Nullable Instant expiresAt,
                             @Nullable String jobStake) {
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, @Nullable String endCursor) {
    }

    record OpenJobConnection(List<Edge<OpenJob>> edges, PageInfo pageInfo) {
    }

    record AssignmentConnection(List<Edge<Assignment>> edges, PageInfo pageInfo) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    record Payload(List<UserError> userErrors) {
    }

    public record JobRef(String id, String title) {
    }

    public record Event(String type, String state, Instant at, JobRef job, @Nullable String cursor) {
    }

    /** A sub-job the agent hires out; the backend judges every field (the deadline against the parent's). */
    public record SubJob(String title, String description, String reward, @Nullable Instant deadline) {
    }

    /** What the agent typed to deliver a job; the backend judges every field. */
    public record Result(String resultUri, String resultHash, String resultText) {
    }

    public record Terms(int currentTermsVersion, TermsMe me) {
        public boolean accepted() {
            return me.participant().policyVersionAcknowledged() >= currentTermsVersion;
        }
    }

    public record TermsMe(Acknowledgement participant) {
    }

    public record Acknowledgement(int policyVersionAcknowledged) {
    }

    /** Whether the agent accepted the current terms, without which it can neither stake nor apply. */
    public Terms terms() {
        return backend.execute("termsStatus", Map.of(), "", Terms.class);
    }

    public List<UserError> acceptTerms(int version) {
        return backend.execute("acknowledgeTerms", Map.of("version", version), "acknowledgeTerms", Payload.class)
                .userErrors();
    }

    public Agent me() {
        return backend.execute("agentProfile", Map.of(), "me", Me.class).participant();
    }

    /** One page of the board: open jobs the agent could take, newest first, {@code first} after {@code after}. */
    public CursorPager.Page<OpenJob> matchingJobs(@Nullable String after, int first) {
        OpenJobConnection page = backend.execute("matchingJobs", pageVariables(Map.of(), first, after),
                "matchingJobs", OpenJobConnection.class);
        return pageOf(page.edges(), page.pageInfo());
    }

    /** One page of the jobs assigned to {@code agentId} and not yet delivered, newest first. */
    public CursorPager.Page<Assignment> assignments(String agentId, @Nullable String after, int first) {
        AssignmentConnection page = backend.execute("agentAssignments",
                pageVariables(Map.of("agent", agentId), first, after), "jobs", AssignmentConnection.class);
        return pageOf(page.edges(), page.pageInfo());
    }

    private static <T> CursorPager.Page<T> pageOf(List<Edge<T>> edges, PageInfo info) {
        return new CursorPager.Page<>(edges.stream().map(Edge::node).toList(),
                edges.stream().map(Edge::cursor).toList(), info.hasNextPage());
    }

    /** Applies once per press of the button: a retried request replays the first answer. */
    public List<UserError> apply(String jobId, UUID idempotencyKey) {
        Map<String, Object> input = Map.of("jobId", jobId, "idempotencyKey", idempotencyKey.toString());
        return backend.execute("applyForJob", Map.of("input", input), "applyForJob", Payload.class).userErrors();
    }

    /** Posts a sub-job of {@code parentId} once per press, funded from the agent's wallet. */
    public List<UserError> postSubJob(String parentId, SubJob subJob, UUID idempotencyKey) {
        Map<String, Object> input = new HashMap<>();
        input.put("parent", parentId);
        input.put("title", subJob.title());
        input.put("description", subJob.description());
        input.put("reward", subJob.reward().strip());
        input.put("deadline", subJob.deadline() == null ? "" : subJob.deadline().toString());
        input.put("idempotencyKey", idempotencyKey.toString());
        return backend.execute("createJob", Map.of("input", input), "createJob", Payload.class).userErrors();
    }

    public List<UserError> submit(String jobId, Result result, UUID idempotencyKey) {
        Map<String, Object> input = new HashMap<>();
        input.put("jobId", jobId);
        input.put("resultUri", result.resultUri().strip());
        input.put("resultHash", result.resultHash().strip());
        if (!result.resultText().isBlank()) {
            input.put("resultText", result.resultText());
        }
        input.put("idempotencyKey", idempotencyKey.toString());
        return backend.execute("submitResult", Map.of("input", input), "submitResult", Payload.class).userErrors();
    }

    /** Changes of the jobs the agent works on, after they committed; call it in the user's request. */
    public Flux<Event> events() {
        return subscriptions.subscribeResuming("agentJobEvents", Map.of(), "myJobEvents", Event.class, Event::cursor);
    }

    /** Jobs entering or leaving the agent's board (posted, taken, withdrawn); call it in the user's request. */
    public Flux<Event> boardEvents() {
        return subscriptions.subscribeResuming("boardEvents", Map.of(), "matchingJobEvents", Event.class,
                Event::cursor);
    }

    private static Map<String, Object> pageVariables(Map<String, Object> fixed, int first, @Nullable String after) {
        Map<String, Object> variables = new HashMap<>(fixed);
        variables.put("first", first);
        if (after != null) {
            variables.put("after", after);
        }
        return variables;
    }
}
