package org.agijobs.portal.governance;

import org.agijobs.portal.governance.GovernanceDesk.Action;

/** One line per proposal action, in the owners' words. */
public final class ProposalText {

    private ProposalText() {
    }

    public static String describe(Action action) {
        String participant = action.participant() == null ? "a participant" : action.participant().handle();
        return switch (action.kind()) {
            case "SET_PARAMETER" -> "Set " + action.parameter() + " to " + action.value();
            case "ADD_COUNCIL_MEMBER" -> "Add " + orElse(action.memberName(), participant) + " to the council";
            case "REMOVE_COUNCIL_MEMBER" -> "Remove " + orElse(action.memberName(), action.subject()) + " from the council";
            case "BUMP_TERMS" -> "Raise the terms version by one";
            case "BLACKLIST" -> "Blacklist " + participant + ": " + action.note();
            case "UNBLACKLIST" -> "Lift the blacklisting of " + participant + ": " + action.note();
            case "WITHDRAW_TREASURY" -> "Pay " + action.amount() + " AGIALPHA from the treasury to " + action.destination();
            case "RESUME" -> "Resume the market";
            case "CANCEL_JOB" -> "Cancel a job: " + action.note();
            case "SPAWN_JOB" -> "Post a job paid by the treasury";
            default -> action.kind();
        };
    }

    private static String orElse(String first, String second) {
        return first != null && !first.isBlank() ? first : String.valueOf(second);
    }
}
