package org.agijobs.portal.layout;

import org.agijobs.portal.pause.PauseBanner;
import org.agijobs.portal.security.CurrentUser;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: menu of the views the user's roles allow, the pause banner, whether live
 * updates are arriving, name, sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final CurrentUser currentUser;

    public MainLayout(CurrentUser currentUser, PauseBanner pauseBanner, Heartbeats heartbeats) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), pauseBanner, new LiveStatus(heartbeats), configureHeader());
        addToDrawer(configureBrand(), configureNavigation());
    }

    private HorizontalLayout configureHeader() {
        Span userName = new Span(currentUser.displayName());
        userName.setId("user-name");
        Button signOut = new Button("Sign out", click -> currentUser.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(userName, signOut);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private static H1 configureBrand() {
        H1 brand = new H1("AGI Jobs");
        brand.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        return brand;
    }

    private SideNav configureNavigation() {
        SideNav navigation = new SideNav();
        navigation.setId("navigation");
        PortalNavigation.visibleTo(currentUser.principal().orElse(null), currentUser::hasRole)
                .forEach(item -> navigation.addItem(navigationItem(item)));
        return navigation;
    }

    private static SideNavItem navigationItem(NavigationItem item) {
        SideNavItem navigationItem = new SideNavItem(item.title(), item.view(), item.icon().create());
        navigationItem.setId("nav-" + item.path());
        return navigationItem;
    }
}
