package org.agijobs.governance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.governance.internal.CouncilStore;
import org.agijobs.governance.internal.ProposalCommands;
import org.agijobs.governance.internal.ProposalRecords;
import org.agijobs.governance.internal.ProposalRepository;
import org.agijobs.governance.internal.StoredProposal;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governance's API (DOMAIN.md, Governance). Owners on the council propose, approve, execute and cancel; anyone
 * with a platform role reads proposals and the council. Holding the {@code owner} role is not enough to act: the
 * caller's token subject must be on the council too, and a council member whose token lost the role cannot act.
 */
@Service
public class ProposalService {

    /** Newest first; the keys of the proposal list's cursors. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ProposalRepository proposals;
    private final ProposalRecords records;
    private final ProposalCommands commands;
    private final CouncilStore council;
    private final Parameters parameters;
    private final ParameterRegistry registry;

    ProposalService(ProposalRepository proposals, ProposalRecords records, ProposalCommands commands,
            CouncilStore council, Parameters parameters, ParameterRegistry registry) {
        this.proposals = proposals;
        this.records = records;
        this.commands = commands;
        this.council = council;
        this.parameters = parameters;
        this.registry = registry;
    }

    /** Proposes {@code actions}, applied together once approved; the proposer's approval is the first. */
    public Proposal propose(Caller caller, String reason, List<ProposalAction> actions) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        String why = InputRules.requiredText(reason, "input.reason", 2000);
        return reread(commands.propose(caller, why, actions));
    }

    public Proposal approve(Caller caller, UUID proposal) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        commands.approve(caller, proposal);
        return reread(proposal);
    }

    public Proposal execute(Caller caller, UUID proposal) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        commands.execute(caller, proposal);
        return reread(proposal);
    }

    public Proposal cancel(Caller caller, UUID proposal, @Nullable String reason) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        String why = InputRules.optionalText(reason, "input.reason", 2000);
        commands.cancel(caller, proposal, why);
        return reread(proposal);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> find(Caller caller, UUID id) {
        Authorization.requireSomeRole(caller);
        return proposals.findById(id).map(StoredProposal::view);
    }

    /** For {@code node(id:)}: its finder has checked nothing, the node query checks the caller. */
    @Transactional(readOnly = true)
    public Optional<Proposal> find(UUID id) {
        return proposals.findById(id).map(StoredProposal::view);
    }

    /** Several proposals by id, in one statement, for batch loaders; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Proposal> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : proposals.findAllById(ids).stream().map(StoredProposal::view)
                .collect(Collectors.toMap(Proposal::id, Function.identity()));
    }

    /** Proposals, newest first, in {@code state} if given. */
    @Transactional(readOnly = true)
    public Window<Proposal> list(Caller caller, @Nullable ProposalState state, ScrollPosition position, int limit) {
        Authorization.requireSomeRole(caller);
        Specification<StoredProposal> matching = (root, query, builder) ->
                state == null ? builder.conjunction() : builder.equal(root.get("state"), state);
        return proposals.findBy(matching, query -> query.sortBy(NEWEST_FIRST).limit(limit).scroll(position))
                .map(StoredProposal::view);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<ProposalAction>> actionsOf(Collection<UUID> proposalIds) {
        return records.actionsOf(proposalIds);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<ProposalApproval>> approvalsOf(Collection<UUID> proposalIds) {
        return records.approvalsOf(proposalIds);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<ProposalHistoryEntry>> historyOf(Collection<UUID> proposalIds) {
        return records.historyOf(proposalIds);
    }

    /** The council now, with the threshold and the timelock. Any role. */
    @Transactional(readOnly = true)
    public Council council(Caller caller) {
        Authorization.requireSomeRole(caller);
        return new Council(council.members(), Math.toIntExact(parameters.integer(Parameter.COUNCIL_THRESHOLD)),
                parameters.duration(Parameter.TIMELOCK_DELAY), registry.timelockFloor());
    }

    /** The approvals needed now (t of n). */
    @Transactional(readOnly = true)
    public int threshold() {
        return Math.toIntExact(parameters.integer(Parameter.COUNCIL_THRESHOLD));
    }

    private Proposal reread(UUID id) {
        return proposals.findById(id).map(StoredProposal::view).orElseThrow();
    }
}
