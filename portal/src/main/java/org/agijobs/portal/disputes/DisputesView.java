package org.agijobs.portal.disputes;

import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Disputes waiting for a moderator. */
@Route(value = "disputes", layout = MainLayout.class)
@PageTitle("Disputes")
@RolesAllowed(Roles.MODERATOR)
public class DisputesView extends VerticalLayout {

    public DisputesView() {
        Paragraph explanation = new Paragraph("Disputed jobs will be listed here, with the evidence of both sides and a form for your written ruling.");
        explanation.setId("view-explanation");
        add(new ViewTitle("Disputes"), explanation);
    }
}
