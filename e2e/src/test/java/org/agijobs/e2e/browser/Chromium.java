package org.agijobs.e2e.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.agijobs.e2e.platform.ProjectDirectory;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * One Chromium per test class, and a fresh browser context (own cookies, so own Keycloak and portal sessions)
 * for every test, handed in as a {@link Page} parameter. A failing test leaves a screenshot in
 * e2e/target/screenshots.
 */
public final class Chromium implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    private static final Namespace NAMESPACE = Namespace.create(Chromium.class);
    // Vaadin's first render in development mode can take a while on two cores; assertions wait that long.
    private static final double ASSERTION_TIMEOUT_MILLIS = 15_000;
    private static final double ACTION_TIMEOUT_MILLIS = 30_000;

    @Override
    public void beforeAll(ExtensionContext context) {
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MILLIS);
        context.getStore(NAMESPACE).computeIfAbsent(ClassBrowser.class, key -> ClassBrowser.launch(), ClassBrowser.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        BrowserContext browserContext = store.get(ClassBrowser.class, ClassBrowser.class).newContext();
        // Stored in the test's own store, so it is closed when the test ends.
        store.put(BrowserContext.class, browserContext);
        Page page = browserContext.newPage();
        store.put(Page.class, page);
        return page;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Page page = context.getStore(NAMESPACE).get(Page.class, Page.class);
        if (page != null && context.getExecutionException().isPresent() && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshotFile(context)).setFullPage(true));
        }
    }

    private static Path screenshotFile(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        String name = context.getRequiredTestClass().getSimpleName() + "-" + method
                // A parameterized test's display name tells the invocations apart (e.g. the demo user).
                + (context.getDisplayName().startsWith(method) ? "" : "-" + context.getDisplayName());
        return ProjectDirectory.e2eTarget().resolve("screenshots")
                .resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
    }

    /** Playwright and its Chromium for one test class; closed with the class's store. */
    private record ClassBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static ClassBrowser launch() {
            Playwright playwright = ChromiumLauncher.playwright();
            try {
                return new ClassBrowser(playwright, ChromiumLauncher.launch(playwright));
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        BrowserContext newContext() {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("en-US")
                    .setViewportSize(1280, 900));
            context.setDefaultTimeout(ACTION_TIMEOUT_MILLIS);
            return context;
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
