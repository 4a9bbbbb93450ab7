package org.agijobs.governance.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.agijobs.governance.ProposalAction;
import org.agijobs.governance.ProposalActionKind;
import org.agijobs.governance.ProposalState;
import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.NewJob;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;

/** The governance mutations' inputs, turned into actions; a malformed one is refused on its field. */
final class GovernanceInputs {

    static final String PROPOSAL_TYPE = "Proposal";
    static final String PARTICIPANT_TYPE = "Participant";
    static final String JOB_TYPE = "Job";
    /** As many as the service accepts; checked here too, before any action is decoded. */
    static final int MAX_ACTIONS = 20;

    private GovernanceInputs() {
    }

    record SetParameterInput(String parameter, String value) {
    }

    record AddCouncilMemberInput(String participant) {
    }

    record RemoveCouncilMemberInput(String subject) {
    }

    record BlacklistInput(String participant, String reason) {
    }

    record TreasuryWithdrawalInput(String amount, String destination) {
    }

    record CancelJobActionInput(String job, String reason) {
    }

    record SpawnJobInput(String title, @Nullable String description, @Nullable String specUri,
            @Nullable String specHash, String reward, Instant deadline, @Nullable List<String> requiredSkills,
            @Nullable AgentTypesAllowed agentTypesAllowed, @Nullable String preferredAgent,
            @Nullable String energyBudget, @Nullable String computeBudget) {

        NewJob toNewJob(String field) {
            UUID preferred = preferredAgent == null || preferredAgent.isBlank() ? null
                    : GlobalId.require(preferredAgent, PARTICIPANT_TYPE, field + ".preferredAgent");
            return new NewJob(title, description, specUri, specHash, Money.parsePositive(reward, field + ".reward"),
                    deadline, requiredSkills, agentTypesAllowed, preferred, null,
                    budget(energyBudget, field + ".energyBudget"), budget(computeBudget, field + ".computeBudget"));
        }

        private static @Nullable BigDecimal budget(@Nullable String text, String field) {
            return text == null || text.isEmpty() ? null
                    : InputRules.plainDecimal(text, field, Money.INTEGER_DIGITS, Money.SCALE);
        }
    }

    record ProposalActionInput(@Nullable SetParameterInput setParameter, @Nullable AddCouncilMemberInput addCouncilMember,
            @Nullable RemoveCouncilMemberInput removeCouncilMember, @Nullable Boolean bumpTerms,
            @Nullable BlacklistInput blacklist, @Nullable BlacklistInput unblacklist,
            @Nullable TreasuryWithdrawalInput withdrawTreasury, @Nullable Boolean resume,
            @Nullable CancelJobActionInput cancelJob, @Nullable SpawnJobInput spawnJob) {

        /** The one action this input names; none or several is refused on {@code field}. */
        ProposalAction toAction(String field) {
            long set = Stream.of(setParameter, addCouncilMember, removeCouncilMember, bumpTerms, blacklist, unblacklist,
                    withdrawTreasury, resume, cancelJob, spawnJob).filter(value -> value != null).count();
            if (set != 1) {
                throw InputRules.invalid(field, "Set exactly one action field, not " + set);
            }
            if (setParameter != null) {
                return ProposalAction.of(ProposalActionKind.SET_PARAMETER)
                        .withParameter(setParameter.parameter(), setParameter.value());
            }
            if (addCouncilMember != null) {
                return ProposalAction.of(ProposalActionKind.ADD_COUNCIL_MEMBER).withParticipant(
                        participant(addCouncilMember.participant(), field + ".addCouncilMember.participant"), null);
            }
            if (removeCouncilMember != null) {
                return ProposalAction.of(ProposalActionKind.REMOVE_COUNCIL_MEMBER)
                        .withMember(removeCouncilMember.subject(), null);
            }
            if (blacklist != null) {
                return ProposalAction.of(ProposalActionKind.BLACKLIST).withParticipant(
                        participant(blacklist.participant(), field + ".blacklist.participant"), blacklist.reason());
            }
            if (unblacklist != null) {
                return ProposalAction.of(ProposalActionKind.UNBLACKLIST).withParticipant(
                        participant(unblacklist.participant(), field + ".unblacklist.participant"), unblacklist.reason());
            }
            if (withdrawTreasury != null) {
                return ProposalAction.of(ProposalActionKind.WITHDRAW_TREASURY).withWithdrawal(
                        Money.parsePositive(withdrawTreasury.amount(), field + ".withdrawTreasury.amount"),
                        withdrawTreasury.destination());
            }
            if (cancelJob != null) {
                return ProposalAction.of(ProposalActionKind.CANCEL_JOB).withJob(
                        GlobalId.require(cancelJob.job(), JOB_TYPE, field + ".cancelJob.job"), cancelJob.reason());
            }
            if (spawnJob != null) {
                return ProposalAction.of(ProposalActionKind.SPAWN_JOB).withDraft(spawnJob.toNewJob(field + ".spawnJob"));
            }
            Boolean flag = bumpTerms != null ? bumpTerms : resume;
            String name = bumpTerms != null ? "bumpTerms" : "resume";
            if (!Boolean.TRUE.equals(flag)) {
                throw InputRules.invalid(field + "." + name, "Pass true to " + name);
            }
            return ProposalAction.of(bumpTerms != null ? ProposalActionKind.BUMP_TERMS : ProposalActionKind.RESUME);
        }
    }

    record ProposeChangeInput(String reason, List<ProposalActionInput> actions) {

        /** The actions in order; the count is checked first, so an oversized list is not read at all. */
        List<ProposalAction> toActions() {
            if (actions.isEmpty() || actions.size() > MAX_ACTIONS) {
                throw InputRules.invalid("input.actions", "A proposal has 1 to " + MAX_ACTIONS + " actions, not "
                        + actions.size());
            }
            List<ProposalAction> result = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                result.add(actions.get(i).toAction("input.actions[" + i + "]"));
            }
            return result;
        }
    }

    record ApproveProposalInput(String proposal) {
    }

    record ExecuteProposalInput(String proposal) {
    }

    record CancelProposalInput(String proposal, @Nullable String reason) {
    }

    record ProposalFilterInput(@Nullable ProposalState state) {
    }

    static UUID proposal(String id) {
        return GlobalId.require(id, PROPOSAL_TYPE, "input.proposal");
    }

    private static UUID participant(String id, String field) {
        return GlobalId.require(id, PARTICIPANT_TYPE, field);
    }
}
