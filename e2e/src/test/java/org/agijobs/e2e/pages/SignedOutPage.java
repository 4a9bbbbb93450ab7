package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The public page the portal lands on after the Keycloak session has ended. */
public final class SignedOutPage {

    public static final String ROUTE = "signed-out";

    private final Locator root;

    public SignedOutPage(Page page) {
        this.root = page.locator("body");
    }

    public Locator signInAgain() {
        return root.getByText("Sign in again");
    }
}
