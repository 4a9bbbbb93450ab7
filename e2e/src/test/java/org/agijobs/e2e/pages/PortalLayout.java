package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The frame around every signed-in view: the side nav and the sign-out button. */
public final class PortalLayout {

    private final Locator root;

    public PortalLayout(Page page) {
        // Vaadin's AppLayout holds the side nav (drawer) and #sign-out (navbar) in its light DOM.
        this.root = page.locator("vaadin-app-layout");
    }

    public Locator navItems() {
        return root.locator("vaadin-side-nav-item");
    }

    public Locator navItem(PortalView view) {
        // No nav title contains another, so matching the text is enough to tell the items apart.
        return navItems().filter(new Locator.FilterOptions().setHasText(view.navTitle()));
    }

    public void signOut() {
        root.locator("#sign-out").click();
    }
}
