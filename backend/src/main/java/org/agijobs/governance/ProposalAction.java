package org.agijobs.governance;

import java.util.UUID;

import org.agijobs.jobs.NewJob;
import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One action of a proposal, as proposed and as stored: which fields are set depends on the kind. SET_PARAMETER:
 * {@code parameter} and {@code value}; ADD_COUNCIL_MEMBER: {@code participantId} (the member's {@code subject}
 * and {@code name} are filled in from the profile); REMOVE_COUNCIL_MEMBER: {@code subject}; BLACKLIST and
 * UNBLACKLIST: {@code participantId} and {@code note} (the reason); WITHDRAW_TREASURY: {@code amount} and
 * {@code destination}; CANCEL_JOB: {@code jobId} and {@code note} (the reason); SPAWN_JOB: {@code draft} (the
 * job to post; {@code jobId} is the spawned job once executed); BUMP_TERMS and RESUME: nothing.
 */
public record ProposalAction(int position, ProposalActionKind kind, @Nullable String parameter,
        @Nullable String value, @Nullable String subject, @Nullable String name, @Nullable UUID participantId,
        @Nullable Money amount, @Nullable String destination, @Nullable String note, @Nullable UUID jobId,
        @Nullable NewJob draft) {

    public static ProposalAction of(ProposalActionKind kind) {
        return new ProposalAction(0, kind, null, null, null, null, null, null, null, null, null, null);
    }

    public ProposalAction at(int newPosition) {
        return new ProposalAction(newPosition, kind, parameter, value, subject, name, participantId, amount,
                destination, note, jobId, draft);
    }

    public ProposalAction withParameter(String newParameter, String newValue) {
        return new ProposalAction(position, kind, newParameter, newValue, subject, name, participantId, amount,
                destination, note, jobId, draft);
    }

    public ProposalAction withMember(String newSubject, @Nullable String newName) {
        return new ProposalAction(position, kind, parameter, value, newSubject, newName, participantId, amount,
                destination, note, jobId, draft);
    }

    public ProposalAction withParticipant(UUID newParticipantId, @Nullable String newNote) {
        return new ProposalAction(position, kind, parameter, value, subject, name, newParticipantId, amount,
                destination, newNote, jobId, draft);
    }

    public ProposalAction withWithdrawal(Money newAmount, String newDestination) {
        return new ProposalAction(position, kind, parameter, value, subject, name, participantId, newAmount,
                newDestination, note, jobId, draft);
    }

    public ProposalAction withJob(@Nullable UUID newJobId, @Nullable String newNote) {
        return new ProposalAction(position, kind, parameter, value, subject, name, participantId, amount,
                destination, newNote, newJobId, draft);
    }

    /** The draft of a job to spawn; its reward is also the action's amount and its preferred agent the participant. */
    public ProposalAction withDraft(NewJob newJob) {
        return new ProposalAction(position, kind, parameter, value, subject, name, newJob.preferredAgentId(),
                newJob.reward(), destination, note, jobId, newJob);
    }
}
