package org.agijobs.portal.layout;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * One timer for the whole portal that pushes a heartbeat to every open page every {@value #PERIOD_SECONDS} s. A page
 * whose beats stop arriving knows that its live connection is down (see {@link LiveStatus}); one shared thread keeps
 * the cost to one small push per page and period, whatever the number of pages.
 */
@Component
public class Heartbeats {

    static final int PERIOD_SECONDS = 5;

    private final Set<LiveStatus> pages = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "portal-heartbeats");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    Heartbeats(Clock clock) {
        this.clock = clock;
        timer.scheduleAtFixedRate(this::beat, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    void add(LiveStatus page) {
        pages.add(page);
    }

    void remove(LiveStatus page) {
        pages.remove(page);
    }

    int open() {
        return pages.size();
    }

    /** One beat to every open page; a page that cannot take it (closing) is skipped, never the others. */
    void beat() {
        String at = clock.instant().toString();
        for (LiveStatus page : pages) {
            try {
                page.beat(at);
            } catch (RuntimeException closing) {
                pages.remove(page);
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
