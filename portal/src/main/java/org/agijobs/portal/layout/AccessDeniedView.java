package org.agijobs.portal.layout;

import org.agijobs.portal.profile.ProfileView;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * Shown when a signed-in user opens a view their roles do not allow. Vaadin's default shows "route not found",
 * which would leave users wondering whether the page exists.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed")
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        Paragraph explanation = new Paragraph("You don't have access to this page.");
        explanation.setId("access-denied");
        add(new ViewTitle("Not allowed"), explanation, new RouterLink("Back to my profile", ProfileView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
