package org.agijobs.portal.backend;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * One backend subscription feeding one component while it is attached: items arrive on a WebSocket thread and
 * are applied under the UI's lock, then pushed at once.
 */
public final class LiveFeed<T> {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private @Nullable Disposable subscription;

    /** Starts (or restarts) the feed; call it in the user's request, where the access token can be had. */
    public void start(UI ui, Flux<T> items, Consumer<T> onItem, Consumer<String> onFailure) {
        stop();
        subscription = items.subscribe(
                item -> update(ui, () -> onItem.accept(item)),
                failure -> {
                    log.warn("A live feed ended", failure);
                    update(ui, () -> onFailure.accept(failure instanceof BackendException known
                            ? known.getMessage() : "The live connection to the backend failed."));
                });
    }

    /**
     * Starts a feed whose items only say that something changed, for a view that then reads the backend again:
     * the read runs on the user's next request ({@link NextRequest}), where the access token can be had, and one
     * read covers every item that arrived before it.
     */
    public void startRefreshing(UI ui, Flux<T> items, Runnable refresh, Consumer<String> onFailure) {
        Runnable whileActive = () -> {
            if (subscription != null) {
                refresh.run();
            }
        };
        start(ui, items, item -> NextRequest.run(ui, whileActive), onFailure);
    }

    public void stop() {
        if (subscription != null) {
            subscription.dispose();
            subscription = null;
        }
    }

    private static void update(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException closedMeanwhile) {
            // The component is going away; its onDetach ends the feed.
        }
    }
}
