package org.agijobs.portal.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown after sign-out and when the portal session has expired. */
@Route(SignedOutView.ROUTE)
@PageTitle("Signed out")
@AnonymousAllowed
public class SignedOutView extends VerticalLayout {

    public static final String ROUTE = "signed-out";

    public SignedOutView() {
        H2 title = new H2("You are signed out");
        title.setId("view-title");
        Paragraph explanation = new Paragraph(
                "Your portal session has ended, either because you signed out or because it expired.");
        // Relative, so it also works under a servlet context path; routerIgnore makes it a real HTTP request.
        Anchor signIn = new Anchor(KeycloakClientRegistration.LOGIN_PATH.substring(1), "Sign in again");
        signIn.setId("sign-in");
        signIn.setRouterIgnore(true);
        add(title, explanation, signIn);
    }
}
