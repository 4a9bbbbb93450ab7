package org.agijobs.portal.pause;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ComingSoonView;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The emergency brake. */
@Route(value = "pause", layout = MainLayout.class)
@PageTitle("Pause switch")
@RolesAllowed({Roles.GUARDIAN, Roles.OWNER})
public class PauseView extends ComingSoonView {

    public PauseView() {
        super("Pause switch",
                "The platform's pause state will be shown here, with the switch that stops all activity at once in an emergency.");
    }
}
