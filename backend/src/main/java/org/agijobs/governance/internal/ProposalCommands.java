package org.agijobs.governance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.agijobs.governance.GovernanceEvent;
import org.agijobs.governance.ProposalAction;
import org.agijobs.governance.ProposalActionKind;
import org.agijobs.governance.ProposalState;
import org.agijobs.governance.ProposalStep;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.scheduling.Deadlines;
import org.agijobs.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The proposal commands, each in its own transaction (retried on transient conflicts like any mutation) that
 * locks the proposal's row first. Execution is exactly-once by that lock and the state: the first transaction
 * that finds the proposal QUEUED and due applies its actions and makes it EXECUTED in one commit; every other
 * attempt, on any instance, waits for the lock and then finds it final. If an action fails, the whole
 * transaction rolls back and a second one records FAILED with the reason, unless another attempt closed the
 * proposal meanwhile.
 */
@Component
public class ProposalCommands {

    /** The platform itself, as the actor of scheduled executions. */
    public static final Caller SYSTEM = new Caller("system:governance", "governance", "Governance scheduler", Set.of());

    private final ProposalRepository proposals;
    private final ProposalRecords records;
    private final CouncilStore council;
    private final ActionRules rules;
    private final Parameters parameters;
    private final ParameterRegistry registry;
    private final IdempotentMutations mutations;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalCommands(ProposalRepository proposals, ProposalRecords records, CouncilStore council, ActionRules rules,
            Parameters parameters, ParameterRegistry registry, IdempotentMutations mutations, Deadlines deadlines,
            ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.records = records;
        this.council = council;
        this.rules = rules;
        this.parameters = parameters;
        this.registry = registry;
        this.mutations = mutations;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the proposal with the proposer's approval; a protective one that is approved already executes. */
    public UUID propose(Caller caller, String reason, List<ProposalAction> actions) {
        UUID id = mutations.run(caller, null, caller.subject(), UUID.class, () -> {
            requireMember(caller);
            List<ProposalAction> checked = rules.check(actions, "input.actions");
            Instant now = clock.instant();
            boolean protective = checked.stream().allMatch(action -> action.kind().protective());
            StoredProposal proposal = proposals.saveAndFlush(new StoredProposal(UUID.randomUUID(), reason, caller.subject(),
                    caller.preferredUsername(), protective, now));
            records.saveActions(proposal.getId(), checked);
            step(proposal, ProposalStep.PROPOSED, caller, now, reason);
            records.approve(proposal.getId(), caller.subject(), caller.preferredUsername(), now);
            step(proposal, ProposalStep.APPROVED, caller, now, null);
            queueIfApproved(proposal, caller, now);
            return proposal.getId();
        });
        executeIfProtectiveAndDue(caller, id);
        return id;
    }

    /** Records a council member's approval; the one that reaches the threshold queues the proposal. */
    public void approve(Caller caller, UUID id) {
        mutations.run(caller, null, id, UUID.class, () -> {
            StoredProposal proposal = locked(id);
            requireMember(caller);
            proposal.requireOpen("approved");
            Instant now = clock.instant();
            if (!records.approve(id, caller.subject(), caller.preferredUsername(), now)) {
                throw new DomainException(ErrorCode.INVALID_STATE, "You have approved this proposal already");
            }
            step(proposal, ProposalStep.APPROVED, caller, now, null);
            if (proposal.getState() == ProposalState.PENDING) {
                queueIfApproved(proposal, caller, now);
            }
            return id;
        });
        executeIfProtectiveAndDue(caller, id);
    }

    /** A council member cancels a proposal that has not executed yet. */
    public void cancel(Caller caller, UUID id, String reason) {
        mutations.run(caller, null, id, UUID.class, () -> {
            StoredProposal proposal = locked(id);
            requireMember(caller);
            Instant now = clock.instant();
            proposal.cancel(now);
            deadlines.cancel(ProposalEta.KIND, id);
            step(proposal, ProposalStep.CANCELLED, caller, now, reason);
            return id;
        });
    }

    /**
     * A council member executes a queued proposal once its eta has passed; refused for an unknown, pending,
     * cancelled, executed or failed proposal, and before the eta. The proposal may still end FAILED.
     */
    public void execute(Caller caller, UUID id) {
        run(caller, id, true);
    }

    /**
     * The scheduler's run: executes the proposal if it is queued and due, and says when to look again if it is
     * queued but not yet due (an eta that a restart or a slow clock left ahead). Anything else is done already.
     */
    public Optional<Instant> executeIfDue(UUID id) {
        return Optional.ofNullable(run(SYSTEM, id, false));
    }

    private Instant run(Caller actor, UUID id, boolean refuse) {
        try {
            return mutations.run(actor, null, id, Instant.class, () -> {
                StoredProposal proposal = refuse ? locked(id) : proposals.findForUpdate(id).orElse(null);
                if (refuse) {
                    requireMember(actor);
                } else if (proposal == null || proposal.getState() != ProposalState.QUEUED) {
                    return null;
                } else if (proposal.getEta() != null && clock.instant().isBefore(proposal.getEta())) {
                    return proposal.getEta();
                }
                Instant now = clock.instant();
                proposal.requireDue(now);
                applyAll(proposal, now, actor);
                proposal.executed(now);
                step(proposal, ProposalStep.EXECUTED, actor, now, null);
                return null;
            });
        } catch (ExecutionFailed failure) {
            recordFailure(actor, id, failure.getMessage());
            return null;
        }
    }

    private void applyAll(StoredProposal proposal, Instant now, Caller actor) {
        try {
            int counting = records.countingApprovals(proposal.getId());
            long threshold = parameters.integer(Parameter.COUNCIL_THRESHOLD);
            if (counting < threshold) {
                throw new DomainException(ErrorCode.INVALID_STATE, "Only " + counting
                        + " of its approvals are by current council members, fewer than the threshold " + threshold);
            }
            council.lockedSize();
            List<ProposalAction> stored = records.actionsOf(List.of(proposal.getId())).getOrDefault(proposal.getId(), List.of());
            rules.apply(proposal.getId(), rules.check(stored, "actions"), now, actor);
        } catch (DomainException refused) {
            throw new ExecutionFailed(describe(refused));
        }
    }

    private void recordFailure(Caller actor, UUID id, String why) {
        mutations.run(actor, null, id, UUID.class, () -> {
            StoredProposal proposal = proposals.findForUpdate(id).orElseThrow();
            if (proposal.getState() == ProposalState.QUEUED) {
                Instant now = clock.instant();
                proposal.failed(now, why);
                deadlines.cancel(ProposalEta.KIND, id);
                step(proposal, ProposalStep.FAILED, actor, now, why);
            }
            return id;
        });
    }

    /** Queues the proposal if its approvals by current members reach the threshold. */
    private void queueIfApproved(StoredProposal proposal, Caller caller, Instant now) {
        if (records.countingApprovals(proposal.getId()) < parameters.integer(Parameter.COUNCIL_THRESHOLD)) {
            return;
        }
        Instant eta = proposal.isProtective() ? now : now.plus(delay());
        proposal.queue(eta);
        deadlines.schedule(ProposalEta.KIND, proposal.getId(), eta);
        step(proposal, ProposalStep.QUEUED, caller, now, "eta " + eta);
    }

    /** The timelock delay, never below the deployment's floor, even if a stored value predates a raised floor. */
    private Duration delay() {
        Duration delay = parameters.duration(Parameter.TIMELOCK_DELAY);
        return delay.compareTo(registry.timelockFloor()) < 0 ? registry.timelockFloor() : delay;
    }

    /** Protective proposals execute as soon as they are approved, by the approving call itself. */
    private void executeIfProtectiveAndDue(Caller caller, UUID id) {
        proposals.findById(id).filter(StoredProposal::isProtective)
                .filter(proposal -> proposal.getState() == ProposalState.QUEUED)
                .ifPresent(proposal -> run(caller, id, false));
    }

    private StoredProposal locked(UUID id) {
        return proposals.findForUpdate(id).orElseThrow(() ->
                new DomainException(ErrorCode.NOT_FOUND, "input.proposal", "No proposal with this id"));
    }

    private void requireMember(Caller caller) {
        if (!council.isMember(caller.subject())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "You are not on the council");
        }
    }

    private void step(StoredProposal proposal, ProposalStep step, Caller actor, Instant at, String detail) {
        records.record(proposal.getId(), step, actor.subject(), actor.preferredUsername(), at, detail);
        events.publishEvent(new GovernanceEvent(proposal.getId(), step, at));
    }

    private static String describe(DomainException refused) {
        return refused.code() + (refused.field() == null ? "" : " at " + refused.field()) + ": " + refused.getMessage();
    }

    /** An execution whose actions were refused: the transaction rolls back, and the failure is recorded after. */
    private static final class ExecutionFailed extends RuntimeException {

        ExecutionFailed(String message) {
            super(message, null, false, false);
        }
    }
}
