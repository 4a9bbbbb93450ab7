package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Keycloak's own login form, the one every portal visitor without a session is sent to. */
public final class KeycloakLoginPage {

    private final Locator root;

    public KeycloakLoginPage(Page page) {
        this.root = page.locator("form:has(#username)");
    }

    public Locator form() {
        return root;
    }

    public void signInAs(DemoUser user) {
        root.locator("#username").fill(user.username());
        root.locator("#password").fill(DemoUser.PASSWORD);
        root.locator("#kc-login").click();
    }
}
