package org.agijobs.portal.pause;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.BackendSubscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * The market's pause through the public API, with the signed-in user's token: the state, its changes, pausing,
 * and the owners' way back, a resume proposal the council approves. No rule lives here: who may pause, which level
 * may follow which and when a proposal executes are the backend's, and its refusals come back as user errors.
 */
@Service
public class PauseSwitch {

    static final String RESUME = "RESUME";

    private final BackendClient backend;
    private final BackendSubscriptions subscriptions;

    PauseSwitch(BackendClient backend, BackendSubscriptions subscriptions) {
        this.backend = backend;
        this.subscriptions = subscriptions;
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    public record Action(String kind) {
    }

    public record Approval(String memberName, boolean counts) {
    }

    /** An open proposal whose actions include a resume, with its approvals "x of t". */
    public record ResumeProposal(String id, String reason, String proposerName, Instant createdAt, int threshold,
                                 int approvalCount, List<Action> actions, List<Approval> approvals) {

        boolean resumes() {
            return actions.stream().anyMatch(action -> RESUME.equals(action.kind()));
        }

        public List<String> approvers() {
            return approvals.stream().filter(Approval::counts).map(Approval::memberName).toList();
        }
    }

    record Edge(ResumeProposal node) {
    }

    record Connection(List<Edge> edges) {
    }

    record Payload(List<UserError> userErrors) {
    }

    public PauseState state() {
        return backend.query("pauseState", "pauseState", PauseState.class);
    }

    /** Each pause and resume once committed; see {@link BackendSubscriptions#subscribe} for when to call it. */
    public Flux<PauseState> changes() {
        return subscriptions.subscribe("pauseChanges", "pauseChanges", PauseState.class);
    }

    /** @param level {@code INTAKE} or {@code FULL}, as the backend names them */
    public List<UserError> pause(String level, String reason) {
        return backend.execute("pause", Map.of("input", Map.of("level", level, "reason", reason)), "pause",
                Payload.class).userErrors();
    }

    /** The pending proposals that would resume the market, newest first. */
    public List<ResumeProposal> openResumeProposals() {
        return backend.query("resumeProposals", "proposals", Connection.class).edges().stream()
                .map(Edge::node).filter(ResumeProposal::resumes).toList();
    }

    /** Proposes one resume action; proposing counts as the proposer's approval. */
    public List<UserError> proposeResume(String reason) {
        return backend.execute("proposeResume", Map.of("reason", reason), "proposeChange", Payload.class)
                .userErrors();
    }

    /** The approval that reaches the threshold executes the resume at once: it is a protective action. */
    public List<UserError> approve(String proposalId) {
        return backend.execute("approveResume", Map.of("proposal", proposalId), "approveProposal", Payload.class)
                .userErrors();
    }

    /** A tick per recorded proposal step, to refresh the open resume proposals. */
    public Flux<String> proposalSteps() {
        return subscriptions.subscribe("resumeProposalEvents", "governanceEvents.step", String.class);
    }
}
