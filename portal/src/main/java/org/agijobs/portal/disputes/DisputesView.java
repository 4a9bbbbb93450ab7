package org.agijobs.portal.disputes;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ComingSoonView;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Disputes waiting for a moderator. */
@Route(value = "disputes", layout = MainLayout.class)
@PageTitle("Disputes")
@RolesAllowed(Roles.MODERATOR)
public class DisputesView extends ComingSoonView {

    public DisputesView() {
        super("Disputes",
                "Disputed jobs will be listed here, with the evidence of both sides and a form for your written ruling.");
    }
}
