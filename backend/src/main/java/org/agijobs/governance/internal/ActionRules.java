package org.agijobs.governance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.agijobs.governance.CouncilMember;
import org.agijobs.governance.MarketResumption;
import org.agijobs.governance.ProposalAction;
import org.agijobs.governance.ProposalActionKind;
import org.agijobs.jobs.JobGovernance;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.Parameters;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What each action requires and does. {@link #check} walks the actions in order against the market as it is,
 * as if each earlier action had been applied (so a proposal that adds a member and then raises the threshold is
 * judged on the council it would leave); it runs when the proposal is made and again inside the execution's
 * transaction, so a value out of bounds or an action gone stale since (a member removed twice, a participant
 * blacklisted meanwhile, a treasury spent, a job finalized) fails the execution and changes nothing.
 */
@Component
class ActionRules {

    static final int MAX_ACTIONS = 20;
    static final int MAX_REASON = 2000;
    static final int MAX_DESTINATION = 255;
    static final int MAX_SUBJECT = 255;

    private final ParameterRegistry registry;
    private final Parameters parameters;
    private final CouncilStore council;
    private final ParticipantService participants;
    private final Ledger ledger;
    private final ObjectProvider<MarketResumption> resumption;
    private final JobGovernance jobs;
    private final ProposalRecords records;

    ActionRules(ParameterRegistry registry, Parameters parameters, CouncilStore council,
            ParticipantService participants, Ledger ledger, ObjectProvider<MarketResumption> resumption,
            JobGovernance jobs, ProposalRecords records) {
        this.registry = registry;
        this.parameters = parameters;
        this.council = council;
        this.participants = participants;
        this.ledger = ledger;
        this.resumption = resumption;
        this.jobs = jobs;
        this.records = records;
    }

    /**
     * The actions checked and completed (canonical values, members' subjects and names, positions from 0), or a
     * typed refusal on the field at fault, {@code field[i].x}.
     */
    List<ProposalAction> check(List<ProposalAction> actions, String field) {
        if (actions.isEmpty() || actions.size() > MAX_ACTIONS) {
            throw InputRules.invalid(field, "A proposal has 1 to " + MAX_ACTIONS + " actions, not " + actions.size());
        }
        Set<String> members = new LinkedHashSet<>(council.members().stream().map(CouncilMember::subject).toList());
        long threshold = parameters.integer(Parameter.COUNCIL_THRESHOLD);
        Map<UUID, Boolean> blacklisted = new HashMap<>();
        Set<UUID> cancelled = new HashSet<>();
        Money treasury = ledger.balanceOf(AccountRef.TREASURY);
        boolean resumes = false;
        String councilField = field;
        List<ProposalAction> checked = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ProposalAction action = actions.get(i).at(i);
            String at = field + "[" + i + "]";
            switch (action.kind()) {
                case SET_PARAMETER -> {
                    Parameter parameter = parameter(action.parameter(), at + ".setParameter.parameter");
                    String value = registry.checked(parameter, action.value(), at + ".setParameter.value");
                    if (parameter == Parameter.COUNCIL_THRESHOLD) {
                        threshold = Long.parseLong(value);
                        councilField = at + ".setParameter.value";
                    }
                    checked.add(action.withParameter(parameter.name(), value));
                }
                case ADD_COUNCIL_MEMBER -> {
                    Participant member = participant(action.participantId(), at + ".addCouncilMember.participant");
                    if (!members.add(member.getSubject())) {
                        throw new DomainException(ErrorCode.INVALID_STATE, at + ".addCouncilMember.participant",
                                member.getHandle() + " is already on the council");
                    }
                    councilField = at + ".addCouncilMember.participant";
                    checked.add(action.withMember(member.getSubject(), member.getHandle()));
                }
                case REMOVE_COUNCIL_MEMBER -> {
                    String subject = InputRules.requiredText(action.subject(), at + ".removeCouncilMember.subject",
                            MAX_SUBJECT);
                    if (!members.remove(subject)) {
                        throw new DomainException(ErrorCode.INVALID_STATE, at + ".removeCouncilMember.subject",
                                "No council member has the subject " + InputRules.quoted(subject));
                    }
                    councilField = at + ".removeCouncilMember.subject";
                    checked.add(action.withMember(subject, null));
                }
                case BUMP_TERMS -> checked.add(ProposalAction.of(ProposalActionKind.BUMP_TERMS).at(i));
                case BLACKLIST, UNBLACKLIST -> {
                    String name = action.kind() == ProposalActionKind.BLACKLIST ? "blacklist" : "unblacklist";
                    Participant target = participant(action.participantId(), at + "." + name + ".participant");
                    String reason = InputRules.requiredText(action.note(), at + "." + name + ".reason", MAX_REASON);
                    boolean wanted = action.kind() == ProposalActionKind.BLACKLIST;
                    if (blacklisted.getOrDefault(target.getId(), target.isBlacklisted()) == wanted) {
                        throw new DomainException(ErrorCode.INVALID_STATE, at + "." + name + ".participant",
                                target.getHandle() + (wanted ? " is already blacklisted" : " is not blacklisted"));
                    }
                    blacklisted.put(target.getId(), wanted);
                    checked.add(action.withParticipant(target.getId(), reason));
                }
                case WITHDRAW_TREASURY -> {
                    if (action.amount() == null || action.amount().value().signum() <= 0) {
                        throw InputRules.invalid(at + ".withdrawTreasury.amount", "The amount must be greater than 0");
                    }
                    String destination = InputRules.requiredText(action.destination(),
                            at + ".withdrawTreasury.destination", MAX_DESTINATION);
                    if (treasury.compareTo(action.amount()) < 0) {
                        throw new DomainException(ErrorCode.INSUFFICIENT_FUNDS, at + ".withdrawTreasury.amount",
                                "The treasury holds " + treasury.value().toPlainString() + ", less than "
                                        + action.amount().value().toPlainString());
                    }
                    treasury = treasury.minus(action.amount());
                    checked.add(action.withWithdrawal(action.amount(), destination));
                }
                case CANCEL_JOB -> {
                    String cancel = at + ".cancelJob";
                    jobs.requireCancellable(action.jobId(), action.note(), cancel);
                    if (!cancelled.add(action.jobId())) {
                        throw new DomainException(ErrorCode.INVALID_STATE, cancel + ".job",
                                "This proposal cancels the job already");
                    }
                    checked.add(action.withJob(action.jobId(), action.note().strip()));
                }
                case SPAWN_JOB -> {
                    if (action.draft() == null) {
                        throw InputRules.invalid(at + ".spawnJob", "The job to spawn is required");
                    }
                    JobGovernance.SpawnCheck spawn = jobs.checkSpawn(action.draft(), treasury, at + ".spawnJob");
                    treasury = treasury.minus(spawn.escrow());
                    checked.add(action.withDraft(spawn.job()));
                }
                case RESUME -> {
                    MarketResumption market = resumption.getIfAvailable();
                    if (market == null) {
                        throw new DomainException(ErrorCode.INVALID_STATE, at + ".resume",
                                "This deployment has no pause switch: there is nothing to resume");
                    }
                    if (resumes || !market.paused()) {
                        throw new DomainException(ErrorCode.INVALID_STATE, at + ".resume", "The market is not paused");
                    }
                    resumes = true;
                    checked.add(ProposalAction.of(ProposalActionKind.RESUME).at(i));
                }
            }
        }
        if (threshold > members.size()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, councilField, "The threshold " + threshold
                    + " would exceed the council's " + members.size() + " members: no proposal could pass");
        }
        return checked;
    }

    /** Applies actions that {@link #check} passed just now, in this transaction, in order. */
    void apply(UUID proposal, List<ProposalAction> actions, Instant now, Caller executor) {
        for (ProposalAction action : actions) {
            switch (action.kind()) {
                case SET_PARAMETER -> registry.set(Parameter.valueOf(action.parameter()), action.value(), proposal, now);
                case ADD_COUNCIL_MEMBER -> council.add(action.subject(), action.name(), now, proposal);
                case REMOVE_COUNCIL_MEMBER -> council.remove(action.subject());
                case BUMP_TERMS -> registry.set(Parameter.TERMS_VERSION,
                        Long.toString(parameters.integer(Parameter.TERMS_VERSION) + 1), proposal, now);
                case BLACKLIST -> participants.setBlacklisted(action.participantId(), true);
                case UNBLACKLIST -> participants.setBlacklisted(action.participantId(), false);
                case WITHDRAW_TREASURY -> ledger.transfer(AccountRef.TREASURY, AccountRef.EXTERNAL, action.amount(),
                        LedgerReason.TREASURY_WITHDRAWAL, proposal.toString());
                case RESUME -> resumption.getObject().resume(proposal, executor);
                case CANCEL_JOB -> jobs.cancelByProposal(action.jobId(), action.note(), proposal,
                        "actions[" + action.position() + "].cancelJob");
                case SPAWN_JOB -> records.spawned(proposal, action.position(),
                        jobs.spawnForTreasury(action.draft(), "actions[" + action.position() + "].spawnJob").getId());
            }
        }
    }

    private static Parameter parameter(String name, String field) {
        if (name == null || name.isBlank()) {
            throw InputRules.invalid(field, "A parameter name is required");
        }
        Parameter parameter = Arrays.stream(Parameter.values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_INPUT, field,
                        "No governed parameter is named " + InputRules.quoted(name)));
        if (parameter == Parameter.TERMS_VERSION) {
            // The version only ever rises by one, so nobody is asked to accept terms they were never shown.
            throw new DomainException(ErrorCode.INVALID_INPUT, field, "The terms version changes through BUMP_TERMS only");
        }
        return parameter;
    }

    private Participant participant(UUID id, String field) {
        if (id == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, field, "A participant id is required");
        }
        return participants.findAllById(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, field, "No participant with this id"));
    }
}
