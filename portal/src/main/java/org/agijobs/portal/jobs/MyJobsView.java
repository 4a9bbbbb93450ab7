package org.agijobs.portal.jobs;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ComingSoonView;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** An employer's jobs. */
@Route(value = "my-jobs", layout = MainLayout.class)
@PageTitle("My jobs")
@RolesAllowed(Roles.EMPLOYER)
public class MyJobsView extends ComingSoonView {

    public MyJobsView() {
        super("My jobs",
                "The jobs you posted will be listed here, with funding, assignment and outcome, and you will post new ones.");
    }
}
