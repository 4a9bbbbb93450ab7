package org.agijobs.portal.backend;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Work that must run on one of the user's own requests: a backend call needs the user's access token, which lives
 * in the HTTP session and is reachable only while a request of that user is being handled, never on the thread
 * that delivers a subscription's item. A live item therefore asks the browser for one poll and the work runs on
 * it; a page that polls anyway just runs it at its next poll. One queue per UI, so several feeds share one poll.
 */
public final class NextRequest {

    /** How soon the browser comes back for queued work. */
    static final int POLL_MILLIS = 250;

    private final UI ui;
    private final Set<Runnable> pending = new LinkedHashSet<>();
    private @Nullable Registration listener;

    private NextRequest(UI ui) {
        this.ui = ui;
    }

    /** Queues {@code work} for the user's next request; call it under the UI's lock (inside {@code ui.access}). */
    public static void run(UI ui, Runnable work) {
        NextRequest next = ComponentUtil.getData(ui, NextRequest.class);
        if (next == null) {
            next = new NextRequest(ui);
            ComponentUtil.setData(ui, NextRequest.class, next);
        }
        next.add(work);
    }

    private void add(Runnable work) {
        pending.add(work);
        if (listener != null) {
            return;
        }
        listener = ui.addPollListener(poll -> runPending());
        if (ui.getPollInterval() <= 0) {
            ui.setPollInterval(POLL_MILLIS);
        }
    }

    private void runPending() {
        if (listener != null) {
            listener.remove();
            listener = null;
        }
        // Only undo our own interval: a view that set its own meanwhile keeps it.
        if (ui.getPollInterval() == POLL_MILLIS) {
            ui.setPollInterval(-1);
        }
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }
}
