package org.agijobs.governance;

import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One action of a proposal, as proposed and as stored: which fields are set depends on the kind. SET_PARAMETER:
 * {@code parameter} and {@code value}; ADD_COUNCIL_MEMBER: {@code participantId} (the member's {@code subject}
 * and {@code name} are filled in from the profile); REMOVE_COUNCIL_MEMBER: {@code subject}; BLACKLIST and
 * UNBLACKLIST: {@code participantId} and {@code note} (the reason); WITHDRAW_TREASURY: {@code amount} and
 * {@code destination}; BUMP_TERMS and RESUME: nothing.
 */
public record ProposalAction(int position, ProposalActionKind kind, @Nullable String parameter,
        @Nullable String value, @Nullable String subject, @Nullable String name, @Nullable UUID participantId,
        @Nullable Money amount, @Nullable String destination, @Nullable String note) {

    public static ProposalAction of(ProposalActionKind kind) {
        return new ProposalAction(0, kind, null, null, null, null, null, null, null, null);
    }

    public ProposalAction at(int newPosition) {
        return new ProposalAction(newPosition, kind, parameter, value, subject, name, participantId, amount,
                destination, note);
    }

    public ProposalAction withParameter(String newParameter, String newValue) {
        return new ProposalAction(position, kind, newParameter, newValue, subject, name, participantId, amount,
                destination, note);
    }

    public ProposalAction withMember(String newSubject, @Nullable String newName) {
        return new ProposalAction(position, kind, parameter, value, newSubject, newName, participantId, amount,
                destination, note);
    }

    public ProposalAction withParticipant(UUID newParticipantId, @Nullable String newNote) {
        return new ProposalAction(position, kind, parameter, value, subject, name, newParticipantId, amount,
                destination, newNote);
    }

    public ProposalAction withWithdrawal(Money newAmount, String newDestination) {
        return new ProposalAction(position, kind, parameter, value, subject, name, participantId, newAmount,
                newDestination, note);
    }
}
