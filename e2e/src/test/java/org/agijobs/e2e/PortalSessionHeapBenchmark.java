package org.agijobs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalLayout;
import org.agijobs.e2e.pages.PortalView;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The live heap each open portal session costs, per view: the portal's live bytes after a full GC (jcmd's class
 * histogram of live objects forces one) before and after {@value #SESSIONS} users sit signed in on the view, each in
 * a browser context of its own with its push connection open, divided by {@value #SESSIONS}. Two figures per view:
 * right after the sign-ins ({@code when=at-sign-in}), and once the server has closed the browsers' spare keep-alive
 * connections, so that each session holds its push connection and at most one other ({@code when=settled}): the
 * cost of a page left open. The sessions sign out before the next view is measured. It measures; it asserts nothing about the figure. Run on demand, against the platform the e2e run starts (or one already running):
 * {@code ./mvnw -pl e2e verify -Dit.test=PortalSessionHeapBenchmark}; the figures are the {@code BENCHMARK} lines.
 */
@BrowserTest
class PortalSessionHeapBenchmark {

    static final int SESSIONS = 20;
    static final int TOP_CLASSES = 25;
    /** One per open TCP connection to the portal's Tomcat (its channels are pooled, these are not). */
    static final String TOMCAT_CONNECTION = "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper";

    private record Measured(String name, DemoUser user, PortalView view, String shownBy) {
    }

    private static final List<Measured> VIEWS = List.of(
            new Measured("my-jobs", DemoUser.EMMA_EMPLOYER, PortalView.MY_JOBS, "#my-jobs-grid"),
            new Measured("find-work", DemoUser.ADA_AGENT, PortalView.FIND_WORK, "#job-board"),
            new Measured("committee", DemoUser.VICTOR_VALIDATOR, PortalView.COMMITTEE, "#committee-explanation"),
            new Measured("governance", DemoUser.OLIVIA_OWNER, PortalView.GOVERNANCE, "#view-title"));

    @Test
    void liveHeapPerSignedInSessionOnEachMainView(Page page) throws Exception {
        Browser browser = page.context().browser();
        long portal = portalPid();
        warmUp(browser);
        for (Measured measured : VIEWS) {
            measure(browser, portal, measured.name(), measured.user(), measured.view(),
                    shown -> assertThat(shown.locator(measured.shownBy())).isVisible());
        }
    }

    private static void measure(Browser browser, long portal, String name, DemoUser user, PortalView view,
                                Consumer<Page> shown) throws Exception {
        Histogram before = Histogram.of(portal);
        dumpHeapIfAsked(portal, name + "-before");
        List<Page> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                Page session = browser.newContext().newPage();
                sessions.add(session);
                Portal.signIn(session, user);
                Portal.open(session, view);
                shown.accept(session);
            }
            report(name, "at-sign-in", before, Histogram.of(portal));
            // A browser opens several connections while a page loads and keeps them alive for a while; once the
            // server closed the spare ones, each session holds its push connection, and one more where the page
            // polls: what an open page costs. Settled is when the count stays put at that level.
            long settledAt = before.instancesOf(TOMCAT_CONNECTION) + 2L * SESSIONS;
            AtomicLong previous = new AtomicLong(-1);
            try {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                    long now = Histogram.of(portal).instancesOf(TOMCAT_CONNECTION);
                    return now <= settledAt && now == previous.getAndSet(now);
                });
                report(name, "settled", before, Histogram.of(portal));
            } catch (ConditionTimeoutException stillOpen) {
                System.out.printf(Locale.ROOT, "BENCHMARK portal-session-heap view=%s when=settled: spare connections"
                        + " still open after 3 minutes%n", name);
            }
            dumpHeapIfAsked(portal, name + "-after");
        } finally {
            // Signed out, so that the next view starts from a heap without these sessions.
            signOut(sessions);
        }
    }

    /**
     * Once as many sessions as a measurement opens, and then each view, so that what the portal grows once (its
     * thread pools with their per-thread buffers, the classes and caches of each view) is not counted per session.
     */
    private static void warmUp(Browser browser) {
        List<Page> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                Page session = browser.newContext().newPage();
                sessions.add(session);
                Portal.signIn(session, VIEWS.get(i % VIEWS.size()).user());
                Portal.open(session, VIEWS.get(i % VIEWS.size()).view());
            }
        } finally {
            signOut(sessions);
        }
    }

    private static void signOut(List<Page> sessions) {
        for (Page session : sessions) {
            try {
                new PortalLayout(session).signOut();
            } finally {
                session.context().close();
            }
        }
    }

    private static void report(String view, String when, Histogram before, Histogram after) {
        System.out.printf(Locale.ROOT, "BENCHMARK portal-session-heap view=%s when=%s sessions=%d before=%d after=%d "
                + "perSessionKB=%.1f%n", view, when, SESSIONS, before.total(), after.total(),
                (after.total() - before.total()) / 1024.0 / SESSIONS);
        // What grew most, per session: where to look first when the figure moves.
        after.growthOver(before).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_CLASSES)
                .forEach(grown -> System.out.printf(Locale.ROOT, "BENCHMARK   view=%s when=%s %8.1f KB/session %s%n",
                        view, when, grown.getValue() / 1024.0 / SESSIONS, grown.getKey()));
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

    /**
     * With {@code -Dheap.dump.dir=DIR}, dumps of the live heap before the sessions open and while they are open
     * ({@code DIR/VIEW-before.hprof}, {@code DIR/VIEW-after.hprof}), to find who holds what the histogram counts.
     */
    private static void dumpHeapIfAsked(long pid, String view) throws IOException, InterruptedException {
        String dir = System.getProperty("heap.dump.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path file = Path.of(dir).toAbsolutePath().resolve(view + ".hprof");
        java.nio.file.Files.deleteIfExists(file);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_dump", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
    }

    /**
     * jcmd's histogram of live objects (asking for it forces a full GC): bytes per class, and the total.
     */
    private record Histogram(Map<String, Long> bytesPerClass, Map<String, Long> instancesPerClass, long total) {

        static Histogram of(long pid) throws IOException, InterruptedException {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            Map<String, Long> bytes = new HashMap<>();
            Map<String, Long> instances = new HashMap<>();
            long total = -1;
            for (String line : output.lines().toList()) {
                String[] columns = line.trim().split("\\s+");
                if (line.startsWith("Total") && columns.length >= 3) {
                    total = Long.parseLong(columns[columns.length - 1]);
                } else if (columns.length >= 4 && columns[0].endsWith(":")) {
                    bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                    instances.merge(columns[3], Long.parseLong(columns[1]), Long::sum);
                }
            }
            if (total < 0) {
                throw new IllegalStateException("No total in jcmd's histogram: " + output);
            }
            return new Histogram(bytes, instances, total);
        }

        long instancesOf(String type) {
            return instancesPerClass.getOrDefault(type, 0L);
        }

        Map<String, Long> growthOver(Histogram earlier) {
            Map<String, Long> growth = new HashMap<>();
            bytesPerClass.forEach((type, bytes) -> growth.put(type,
                    bytes - earlier.bytesPerClass.getOrDefault(type, 0L)));
            return growth;
        }
    }
}
