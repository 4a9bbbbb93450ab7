package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Any view behind a role, or the access-denied page shown instead of it. */
public final class RoleViewPage {

    public static final String ACCESS_DENIED = "You don't have access to this page";

    private final Locator root;

    public RoleViewPage(Page page) {
        this.root = page.locator("body");
    }

    public Locator title() {
        return root.locator("#view-title");
    }

    public Locator accessDenied() {
        return root.getByText(ACCESS_DENIED);
    }
}
