package org.agijobs.e2e.browser;

import java.util.regex.Pattern;

/**
 * Patterns for Playwright locators and assertions. Playwright hands a Java {@link Pattern} to the browser as a
 * JavaScript RegExp, which has no {@code \Q...\E} quoting: {@link Pattern#quote} silently matches nothing there.
 */
public final class BrowserPatterns {

    private BrowserPatterns() {
    }

    /** Escapes every RegExp metacharacter, the way both Java and JavaScript understand it. */
    public static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }
}
