package org.agijobs.portal.committee;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ComingSoonView;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A validator's committee seats. */
@Route(value = "committee", layout = MainLayout.class)
@PageTitle("Committee duty")
@RolesAllowed(Roles.VALIDATOR)
public class CommitteeView extends ComingSoonView {

    public CommitteeView() {
        super("Committee duty",
                "The validation committees you sit on will appear here, where you will commit and later reveal your votes.");
    }
}
