package org.agijobs.portal.governance;

import java.time.Instant;

import org.agijobs.portal.governance.GovernanceDesk.Proposal;

/**
 * Which of approve, execute and cancel the signed-in council member can take on a proposal now, so that only
 * those buttons are enabled. The backend decides all the same; this only spares owners a click that must fail.
 */
public record ProposalSteps(boolean approve, boolean execute, boolean cancel) {

    /**
     * @param member    the signed-in owner's token subject
     * @param onCouncil whether that owner sits on the council now
     */
    public static ProposalSteps of(Proposal proposal, String member, boolean onCouncil, Instant now) {
        if (!onCouncil) {
            return new ProposalSteps(false, false, false);
        }
        boolean open = "PENDING".equals(proposal.state()) || "QUEUED".equals(proposal.state());
        boolean approvedAlready = proposal.approvals().stream().anyMatch(approval -> approval.member().equals(member));
        boolean due = "QUEUED".equals(proposal.state()) && proposal.eta() != null && !now.isBefore(proposal.eta());
        return new ProposalSteps(open && !approvedAlready, due, open);
    }
}
