package org.agijobs.portal.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agijobs.portal.governance.GovernanceDesk.Approval;
import org.agijobs.portal.governance.GovernanceDesk.HistoryEntry;
import org.agijobs.portal.governance.GovernanceDesk.Proposal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A proposal in full: its actions, who approved when (and whether it still counts), and every step. */
class ProposalDialog extends Dialog {

    private final Paragraph summary = new Paragraph();
    private final Div actions = new Div();
    private final Grid<Approval> approvals = new Grid<>();
    private final Grid<HistoryEntry> history = new Grid<>();
    private String proposalId = "";

    ProposalDialog() {
        setId("proposal-dialog");
        setWidth("min(56rem, 95vw)");
        summary.setId("proposal-dialog-summary");
        actions.setId("proposal-dialog-actions");
        approvals.setId("proposal-dialog-approvals");
        approvals.addColumn(Approval::memberName).setHeader("Member");
        approvals.addColumn(approval -> isoSeconds(approval.approvedAt())).setHeader("Approved at");
        approvals.addColumn(approval -> approval.counts() ? "counts" : "no longer counts").setHeader("Counts");
        approvals.setAllRowsVisible(true);
        history.setId("proposal-dialog-history");
        history.addColumn(HistoryEntry::step).setHeader("Step");
        history.addColumn(HistoryEntry::actorName).setHeader("By");
        history.addColumn(entry -> isoSeconds(entry.at())).setHeader("At");
        history.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Detail").setFlexGrow(3);
        history.setAllRowsVisible(true);
        VerticalLayout content = new VerticalLayout(summary, new H4("Actions"), actions, new H4("Approvals"),
                approvals, new H4("History"), history);
        content.setPadding(false);
        add(content);
        getFooter().add(new Button("Close", click -> close()));
    }

    String proposalId() {
        return proposalId;
    }

    void show(Proposal proposal) {
        proposalId = proposal.id();
        setHeaderTitle(proposal.reason());
        summary.setText(proposal.state() + " · " + proposal.approvalCount() + " of " + proposal.threshold()
                + " approvals · proposed by " + proposal.proposerName() + " at " + isoSeconds(proposal.createdAt())
                + (proposal.eta() == null ? "" : " · eta " + isoSeconds(proposal.eta()))
                + (proposal.closedAt() == null ? "" : " · closed " + isoSeconds(proposal.closedAt()))
                + (proposal.protective() ? " · protective (no timelock)" : ""));
        actions.removeAll();
        proposal.actions().forEach(action -> actions.add(new Div((action.position() + 1) + ". "
                + ProposalText.describe(action))));
        approvals.setItems(proposal.approvals());
        history.setItems(proposal.history());
    }

    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
