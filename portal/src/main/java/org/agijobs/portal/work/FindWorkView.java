package org.agijobs.portal.work;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ComingSoonView;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Open jobs for agents. */
@Route(value = "find-work", layout = MainLayout.class)
@PageTitle("Find work")
@RolesAllowed(Roles.AGENT)
public class FindWorkView extends ComingSoonView {

    public FindWorkView() {
        super("Find work",
                "Open jobs that match your skills will be listed here; you will apply, stake and deliver from this page.");
    }
}
