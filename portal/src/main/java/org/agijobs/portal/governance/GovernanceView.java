package org.agijobs.portal.governance;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ComingSoonView;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The owner's desk. */
@Route(value = "governance", layout = MainLayout.class)
@PageTitle("Governance")
@RolesAllowed(Roles.OWNER)
public class GovernanceView extends ComingSoonView {

    public GovernanceView() {
        super("Governance",
                "Parameter proposals and approvals, the treasury and the blacklist will be managed here.");
    }
}
