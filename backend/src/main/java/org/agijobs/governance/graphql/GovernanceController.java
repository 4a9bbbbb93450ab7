package org.agijobs.governance.graphql;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.governance.Council;
import org.agijobs.governance.CouncilMember;
import org.agijobs.governance.GovernanceEvent;
import org.agijobs.governance.ProposalStep;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.graphql.InMemory;
import org.agijobs.governance.Proposal;
import org.agijobs.governance.ProposalAction;
import org.agijobs.governance.ProposalApproval;
import org.agijobs.governance.ProposalHistoryEntry;
import org.agijobs.governance.ProposalService;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobView;
import org.agijobs.parameters.ParameterChange;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.graphql.BatchJoins;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;

@Controller
class GovernanceController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    /** The proposal list's keyset: newest first, as {@code ProposalService.NEWEST_FIRST} sorts. */
    private static final List<Cursors.Key> NEWEST_FIRST = List.of(new Cursors.Key("createdAt", Instant.class),
            new Cursors.Key("id", UUID.class));

    record ProposalPayload(@Nullable Proposal proposal, List<UserError> userErrors) {
    }

    private final ProposalService proposals;
    private final ParticipantService participants;
    private final GovernanceEventStream stream;
    private final JobService jobs;

    GovernanceController(ProposalService proposals, ParticipantService participants, GovernanceEventStream stream,
            JobService jobs) {
        this.jobs = jobs;
        this.proposals = proposals;
        this.participants = participants;
        this.stream = stream;
    }

    @QueryMapping
    Window<Proposal> proposals(ScrollSubrange subrange, @Argument GovernanceInputs.@Nullable ProposalFilterInput filter,
            Caller caller) {
        ScrollPosition position = Cursors.keyset(subrange, NEWEST_FIRST);
        int size = Math.clamp(subrange.count().orElse(DEFAULT_PAGE), 1, MAX_PAGE);
        return proposals.list(caller, filter == null ? null : filter.state(), position, size);
    }

    @QueryMapping
    @Nullable Proposal proposal(@Argument String id, Caller caller) {
        return GlobalId.argument(id, GovernanceInputs.PROPOSAL_TYPE, "id").flatMap(found -> proposals.find(caller, found))
                .orElse(null);
    }

    @QueryMapping
    Council council(Caller caller) {
        return proposals.council(caller);
    }

    @MutationMapping
    ProposalPayload proposeChange(@Argument GovernanceInputs.ProposeChangeInput input, Caller caller) {
        return Payloads.of(() -> proposals.propose(caller, input.reason(), input.toActions()), ProposalPayload::new);
    }

    @MutationMapping
    ProposalPayload approveProposal(@Argument GovernanceInputs.ApproveProposalInput input, Caller caller) {
        return Payloads.of(() -> proposals.approve(caller, GovernanceInputs.proposal(input.proposal())),
                ProposalPayload::new);
    }

    @MutationMapping
    ProposalPayload executeProposal(@Argument GovernanceInputs.ExecuteProposalInput input, Caller caller) {
        return Payloads.of(() -> proposals.execute(caller, GovernanceInputs.proposal(input.proposal())),
                ProposalPayload::new);
    }

    @MutationMapping
    ProposalPayload cancelProposal(@Argument GovernanceInputs.CancelProposalInput input, Caller caller) {
        return Payloads.of(() -> proposals.cancel(caller, GovernanceInputs.proposal(input.proposal()), input.reason()),
                ProposalPayload::new);
    }

    @SubscriptionMapping
    Flux<Delivered<GovernanceEvent>> governanceEvents(@Argument @Nullable String after, Caller caller) {
        Authorization.requireSomeRole(caller);
        return stream.events(after);
    }

    @InMemory
    @SchemaMapping(typeName = "GovernanceEvent", field = "step")
    ProposalStep step(Delivered<GovernanceEvent> delivered) {
        return delivered.event().step();
    }

    @InMemory
    @SchemaMapping(typeName = "GovernanceEvent", field = "at")
    Instant at(Delivered<GovernanceEvent> delivered) {
        return delivered.event().at();
    }

    @InMemory
    @SchemaMapping(typeName = "GovernanceEvent", field = "cursor")
    String cursor(Delivered<GovernanceEvent> delivered) {
        return delivered.cursor();
    }

    @SchemaMapping(typeName = "Proposal", field = "id")
    String id(Proposal proposal) {
        return GlobalId.of(GovernanceInputs.PROPOSAL_TYPE, proposal.id());
    }

    @SchemaMapping(typeName = "Proposal", field = "proposer")
    String proposer(Proposal proposal) {
        return proposal.proposerSubject();
    }

    @BatchMapping(typeName = "Proposal", field = "threshold")
    Map<Proposal, Integer> threshold(List<Proposal> page) {
        int threshold = proposals.threshold();
        return page.stream().collect(Collectors.toMap(Function.identity(), proposal -> threshold, (a, b) -> a));
    }

    @BatchMapping(typeName = "Proposal", field = "approvalCount")
    Map<Proposal, Integer> approvalCount(List<Proposal> page) {
        Map<UUID, List<ProposalApproval>> approvals = proposals.approvalsOf(ids(page));
        return page.stream().collect(Collectors.toMap(Function.identity(), proposal -> (int) approvals
                .getOrDefault(proposal.id(), List.of()).stream().filter(ProposalApproval::counts).count(), (a, b) -> a));
    }

    @BatchMapping(typeName = "Proposal", field = "actions")
    Map<Proposal, List<ProposalAction>> actions(List<Proposal> page) {
        return byProposal(page, proposals.actionsOf(ids(page)));
    }

    @BatchMapping(typeName = "Proposal", field = "approvals")
    Map<Proposal, List<ProposalApproval>> approvals(List<Proposal> page) {
        return byProposal(page, proposals.approvalsOf(ids(page)));
    }

    @BatchMapping(typeName = "Proposal", field = "history")
    Map<Proposal, List<ProposalHistoryEntry>> history(List<Proposal> page) {
        return byProposal(page, proposals.historyOf(ids(page)));
    }

    @SchemaMapping(typeName = "ProposalAction", field = "protective")
    boolean protective(ProposalAction action) {
        return action.kind().protective();
    }

    @SchemaMapping(typeName = "ProposalAction", field = "memberName")
    @Nullable String memberName(ProposalAction action) {
        return action.name();
    }

    @BatchMapping(typeName = "ProposalAction", field = "participant")
    Map<ProposalAction, Participant> participant(List<ProposalAction> actions) {
        return BatchJoins.joined(actions, ProposalAction::participantId,
                participants.byIds(BatchJoins.ids(actions, ProposalAction::participantId)));
    }

    @BatchMapping(typeName = "ProposalAction", field = "job")
    Map<ProposalAction, JobView> job(List<ProposalAction> actions) {
        return BatchJoins.joined(actions, ProposalAction::jobId,
                jobs.findAll(BatchJoins.ids(actions, ProposalAction::jobId)));
    }

    @SchemaMapping(typeName = "ProposalAction", field = "title")
    @Nullable String title(ProposalAction action) {
        return action.draft() == null ? null : action.draft().title();
    }

    @SchemaMapping(typeName = "ProposalAction", field = "deadline")
    @Nullable Instant deadline(ProposalAction action) {
        return action.draft() == null ? null : action.draft().deadline();
    }

    @SchemaMapping(typeName = "ProposalApproval", field = "member")
    String member(ProposalApproval approval) {
        return approval.memberSubject();
    }

    @SchemaMapping(typeName = "ProposalHistoryEntry", field = "actor")
    String actor(ProposalHistoryEntry entry) {
        return entry.actorSubject();
    }

    @SchemaMapping(typeName = "Council", field = "timelockDelay")
    String timelockDelay(Council council) {
        return council.timelockDelay().toString();
    }

    @SchemaMapping(typeName = "Council", field = "timelockFloor")
    String timelockFloor(Council council) {
        return council.timelockFloor().toString();
    }

    @BatchMapping(typeName = "CouncilMember", field = "addedBy")
    Map<CouncilMember, Proposal> addedBy(List<CouncilMember> members) {
        return joinedProposals(members, CouncilMember::addedByProposal);
    }

    @BatchMapping(typeName = "ParameterChange", field = "proposal")
    Map<ParameterChange, Proposal> changedBy(List<ParameterChange> changes) {
        return joinedProposals(changes, ParameterChange::proposalId);
    }

    /** Read once per event and instance, for every subscriber that receives the same delivery. */
    @InMemory
    @SchemaMapping(typeName = "GovernanceEvent", field = "proposal")
    @Nullable Proposal eventProposal(Delivered<GovernanceEvent> delivered) {
        UUID id = delivered.event().proposalId();
        return delivered.shared("proposal", () -> proposals.byIds(Set.of(id)).get(id)).orElse(null);
    }

    private <S> Map<S, Proposal> joinedProposals(List<S> sources, Function<S, UUID> key) {
        return BatchJoins.joined(sources, key, proposals.byIds(BatchJoins.ids(sources, key)));
    }

    private static Set<UUID> ids(Collection<Proposal> page) {
        return page.stream().map(Proposal::id).collect(Collectors.toSet());
    }

    private static <T> Map<Proposal, List<T>> byProposal(List<Proposal> page, Map<UUID, List<T>> rows) {
        Map<Proposal, List<T>> result = new LinkedHashMap<>();
        page.forEach(proposal -> result.put(proposal, rows.getOrDefault(proposal.id(), List.of())));
        return result;
    }
}
