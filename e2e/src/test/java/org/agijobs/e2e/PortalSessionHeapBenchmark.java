package org.agijobs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalView;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The live heap each open portal session costs, per view: the portal's live bytes after a full GC (jcmd's class
 * histogram of live objects forces one) before and after {@value #SESSIONS} users sit signed in on the view, each in
 * a browser context of its own with its push connection open, divided by {@value #SESSIONS}. It measures; it asserts
 * nothing about the figure. Run on demand, against the platform the e2e run starts (or one already running):
 * {@code ./mvnw -pl e2e verify -Dit.test=PortalSessionHeapBenchmark}; the figures are the {@code BENCHMARK} lines.
 */
@BrowserTest
class PortalSessionHeapBenchmark {

    static final int SESSIONS = 20;

    @Test
    void liveHeapPerSignedInSessionOnEachMainView(Page page) throws Exception {
        Browser browser = page.context().browser();
        long portal = portalPid();
        measure(browser, portal, "my-jobs", DemoUser.EMMA_EMPLOYER, PortalView.MY_JOBS,
                view -> assertThat(view.locator("#my-jobs-grid")).isVisible());
        measure(browser, portal, "find-work", DemoUser.ADA_AGENT, PortalView.FIND_WORK,
                view -> assertThat(view.locator("#job-board")).isVisible());
        measure(browser, portal, "committee", DemoUser.VICTOR_VALIDATOR, PortalView.COMMITTEE,
                view -> assertThat(view.locator("#committee-explanation")).isVisible());
        measure(browser, portal, "governance", DemoUser.OLIVIA_OWNER, PortalView.GOVERNANCE,
                view -> assertThat(view.locator("#view-title")).isVisible());
    }

    private static void measure(Browser browser, long portal, String name, DemoUser user, PortalView view,
                                Consumer<Page> shown) throws Exception {
        long before = liveBytes(portal);
        List<BrowserContext> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext context = browser.newContext();
                sessions.add(context);
                Page session = context.newPage();
                Portal.signIn(session, user);
                Portal.open(session, view);
                shown.accept(session);
            }
            long after = liveBytes(portal);
            System.out.printf(Locale.ROOT, "BENCHMARK portal-session-heap view=%s sessions=%d before=%d after=%d "
                    + "perSessionKB=%.1f%n", name, SESSIONS, before, after, (after - before) / 1024.0 / SESSIONS);
        } finally {
            sessions.forEach(BrowserContext::close);
        }
    }

    /** The portal JVM the launcher started: the java process running the portal's jar. */
    private static long portalPid() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(Arrays::asList)
                        .map(arguments -> arguments.stream().anyMatch(argument -> argument.endsWith(".jar")
                                && Path.of(argument).getFileName().toString().startsWith("portal")))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new AssertionError("No portal process found"));
    }

    /** Live bytes after a full GC: the total of jcmd's histogram of live objects. */
    private static long liveBytes(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        String total = output.lines().filter(line -> line.startsWith("Total")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No total in jcmd's histogram: " + output));
        String[] columns = total.trim().split("\\s+");
        return Long.parseLong(columns[columns.length - 1]);
    }
}
