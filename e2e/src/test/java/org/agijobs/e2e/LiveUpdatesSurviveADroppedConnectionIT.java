package org.agijobs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.agijobs.e2e.api.GraphQlCall;
import org.agijobs.e2e.api.UserTokens;
import org.agijobs.e2e.browser.BrowserTest;
import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.pages.MyJobsPage;
import org.agijobs.e2e.pages.Portal;
import org.agijobs.e2e.pages.PortalView;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The page's push connection is cut (its WebSocket closed, and every attempt to open it again, or to fall back to
 * HTTP, refused): the page says it is reconnecting; a job posted meanwhile is missing; once the connection may come
 * back, the page catches up and shows it without a reload.
 */
@BrowserTest
class LiveUpdatesSurviveADroppedConnectionIT {

    private static final Pattern PUSH = Pattern.compile(".*/VAADIN/push.*");

    @Test
    void theEmployerSeesTheReconnectingStateAndThenTheJobPostedWhileCutOff(Page emma) {
        AtomicBoolean cut = new AtomicBoolean();
        List<WebSocketRoute> sockets = new CopyOnWriteArrayList<>();
        emma.routeWebSocket(PUSH, socket -> {
            if (cut.get()) {
                socket.close();
                return;
            }
            socket.connectToServer();
            sockets.add(socket);
        });
        emma.route(PUSH, request -> {
            if (cut.get()) {
                request.abort();
            } else {
                request.resume();
            }
        });
        Portal.signIn(emma, DemoUser.EMMA_EMPLOYER);
        Portal.open(emma, PortalView.MY_JOBS);
        MyJobsPage myJobs = new MyJobsPage(emma);
        myJobs.acceptTermsIfAsked();
        assertThat(myJobs.jobs()).isVisible();
        Locator status = emma.locator("#live-status");
        assertThat(status).isHidden();

        cut.set(true);
        sockets.forEach(WebSocketRoute::close);
        sockets.clear();
        assertThat(status).hasText("Reconnecting to live updates\u2026",
                new LocatorAssertions.HasTextOptions().setTimeout(40_000));

        String title = "Posted while the page was cut off " + UUID.randomUUID().toString().substring(0, 8);
        GraphQlCall api = new GraphQlCall(UserTokens.accessToken(DemoUser.EMMA_EMPLOYER));
        api.mutate("createJob", "createJob", Map.of("input", Map.of("title", title, "description", "Missed live.",
                "reward", "15", "deadline", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                        .toString())));
        emma.waitForTimeout(2_000);
        assertThat(myJobs.jobs()).not().containsText(title);

        cut.set(false);
        assertThat(myJobs.jobs()).containsText(title, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(status).not().hasText("Reconnecting to live updates\u2026",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
    }
}
