package org.agijobs.portal.operations;

import java.io.ByteArrayInputStream;
import java.time.Clock;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * The operator's view for owners: the KPIs of a period with their chart, the ledger's health, and the audit trail
 * with its verification. While "Follow"
 * is on, the page asks the backend again every {@value #FOLLOW_MILLIS} ms: each read needs the owner's token, which
 * only the owner's own request carries, so the browser polls and the server reads in that request.
 */
@Route(value = "operations", layout = MainLayout.class)
@PageTitle("Operations")
@RolesAllowed(Roles.OWNER)
public class OperationsView extends VerticalLayout {

    static final int FOLLOW_MILLIS = 3000;
    static final int HEALTH_EVERY_POLLS = 10;

    private final AuditTrail trail;
    private final ErrorNotice error = new ErrorNotice("operations-error");
    private final Paragraph health = new Paragraph();
    private final Checkbox follow = new Checkbox("Follow: read the ledger and the trail again every few seconds");
    private final AuditTrailSection audit;
    private final KpiSection kpis;
    private Registration polling;
    private int polls;

    public OperationsView(AuditTrail trail, OperatorKpis operatorKpis, SignedReports reports, Clock clock) {
        this.trail = trail;
        setMaxWidth("80rem");
        health.setId("ledger-health");
        follow.setId("operations-follow");
        follow.setValue(true);
        audit = new AuditTrailSection(trail, error);
        kpis = new KpiSection(operatorKpis, clock, error);
        follow.addValueChangeListener(change -> getUI().ifPresent(this::pollWhileFollowing));
        Anchor report = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] signed = reports.current();
            return new DownloadResponse(new ByteArrayInputStream(signed), "report.json", "application/json",
                    signed.length);
        }), "Download the signed report.json (last 30 days)");
        report.setId("report-download");
        add(new ViewTitle("Operations"), error, follow, kpis, report, new Paragraph("The report carries the KPIs, every"
                + " parameter, the pause state, the ledger check and the newest audit hash, signed with the platform key:"
                + " anyone checks it offline against /certificates/jwks.json."), new H3("Ledger health"), health, audit);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refreshHealth();
        kpis.refresh();
        audit.refreshCheckpoint();
        polling = event.getUI().addPollListener(poll -> {
            // The invariant check reads every account: worth a read every half minute, not every poll.
            if (++polls % HEALTH_EVERY_POLLS == 0) {
                refreshHealth();
            }
            kpis.refresh();
            audit.reload();
        });
        pollWhileFollowing(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void pollWhileFollowing(UI ui) {
        ui.setPollInterval(follow.getValue() ? FOLLOW_MILLIS : -1);
    }

    void refreshHealth() {
        try {
            AuditTrail.Health now = trail.ledgerHealth();
            health.setText((now.healthy() ? "Healthy" : "NOT healthy") + " at " + now.checkedAt() + ": balances sum to "
                    + now.total() + (now.balanced() ? " (balanced)" : " (NOT balanced)") + " · "
                    + now.negativeAccountCount() + " negative accounts · " + now.unreconciledAccountCount()
                    + " unreconciled · " + (now.escrowChecked() ? now.escrowMismatchCount() + " escrow mismatches"
                    : "escrows not checked"));
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }
}
