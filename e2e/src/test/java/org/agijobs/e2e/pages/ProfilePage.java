package org.agijobs.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** "My profile": who the backend says the caller is, and the server clock pushed by a subscription. */
public final class ProfilePage {

    private final Locator root;
    private final Locator serverTime;

    public ProfilePage(Page page) {
        // The smallest element holding handle and roles: the view itself, wherever the layout puts it.
        this.root = page.locator("xpath=//*[@id='me-handle']/ancestor::*[.//*[@id='me-roles']][1]");
        // Looked up on its own, so a broken clock fails the live-update test only, not every sign-in.
        this.serverTime = page.locator("#server-time");
    }

    public Locator handle() {
        return root.locator("#me-handle");
    }

    public Locator roles() {
        return root.locator("#me-roles");
    }

    public Locator serverTime() {
        return serverTime;
    }
}
