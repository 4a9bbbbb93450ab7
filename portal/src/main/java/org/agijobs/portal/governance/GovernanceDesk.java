package org.agijobs.portal.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.BackendSubscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * The owners' side of governance through the public API, with the signed-in owner's token: the console's read
 * model, the four proposal steps, and the live feed of governance events. No rule lives here; the backend
 * answers every refusal with a user error naming its field.
 */
@Service
public class GovernanceDesk {

    private final BackendClient backend;
    private final BackendSubscriptions subscriptions;

    GovernanceDesk(BackendClient backend, BackendSubscriptions subscriptions) {
        this.backend = backend;
        this.subscriptions = subscriptions;
    }

    public record Console(List<Parameter> parameters, Council council, String treasuryBalance,
                          List<ParticipantRef> blacklist, ProposalConnection proposals) {
        public List<Proposal> proposalList() {
            return proposals.edges().stream().map(ProposalEdge::node).toList();
        }
    }

    public record Parameter(String name, String type, String value, String defaultValue, String min, String max,
                            String description, @Nullable LastChange lastChange) {
    }

    public record LastChange(Instant at, @Nullable ProposalRef proposal) {
    }

    public record ProposalRef(String id, String reason) {
    }

    public record Council(List<Member> members, int threshold, String timelockDelay, String timelockFloor) {
        public boolean seats(String subject) {
            return members.stream().anyMatch(member -> member.subject().equals(subject));
        }
    }

    public record Member(String subject, String username, Instant since) {
    }

    public record ParticipantRef(@Nullable String id, String handle, @Nullable String displayName) {
    }

    public record ProposalConnection(List<ProposalEdge> edges) {
    }

    public record ProposalEdge(Proposal node) {
    }

    public record Proposal(String id, String state, String reason, String proposer, String proposerName,
                           boolean protective, Instant createdAt, @Nullable Instant eta, @Nullable Instant closedAt,
                           @Nullable String failureReason, int threshold, int approvalCount, List<Action> actions,
                           List<Approval> approvals, List<HistoryEntry> history) {
    }

    public record Action(int position, String kind, @Nullable String parameter, @Nullable String value,
                         @Nullable String subject, @Nullable String memberName, @Nullable ParticipantRef participant,
                         @Nullable String note, @Nullable String amount, @Nullable String destination) {
    }

    public record Approval(String member, String memberName, Instant approvedAt, boolean counts) {
    }

    public record HistoryEntry(String step, String actor, String actorName, Instant at, @Nullable String detail) {
    }

    public record Event(String step, Instant at, @Nullable Proposal proposal, @Nullable String cursor) {
    }

    public record UserError(@Nullable String field, String code, String message) {
    }

    public record Payload(@Nullable Proposal proposal, List<UserError> userErrors) {
    }

    public Console console() {
        return backend.execute("governanceConsole", Map.of(), "", Console.class);
    }

    /** @param actions the actions as {@link ProposalActions} builds them, in the order they apply */
    public Payload propose(String reason, List<Map<String, Object>> actions) {
        return step("proposeChange", Map.of("reason", reason, "actions", actions));
    }

    public Payload approve(String proposalId) {
        return step("approveProposal", Map.of("proposal", proposalId));
    }

    public Payload execute(String proposalId) {
        return step("executeProposal", Map.of("proposal", proposalId));
    }

    public Payload cancel(String proposalId, String reason) {
        return step("cancelProposal", reason.isBlank()
                ? Map.of("proposal", proposalId)
                : Map.of("proposal", proposalId, "reason", reason));
    }

    /** Every step of every proposal, after it committed; call it in the user's request (it takes the token). */
    public Flux<Event> events() {
        return subscriptions.subscribeResuming("governanceEvents", Map.of(), "governanceEvents", Event.class,
                Event::cursor);
    }

    private Payload step(String mutation, Map<String, Object> input) {
        return backend.execute(mutation, Map.of("input", input), mutation, Payload.class);
    }
}
