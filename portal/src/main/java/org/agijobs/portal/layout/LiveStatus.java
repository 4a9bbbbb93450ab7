package org.agijobs.portal.layout;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;

/**
 * Whether this page still receives live updates, shown to the user. The server pushes a heartbeat to it every few
 * seconds ({@link Heartbeats}); a script in the browser watches them, and when none has arrived for
 * {@value #STALE_MILLIS} ms it shows "Reconnecting to live updates…" until the next one does. Vaadin keeps every
 * change made meanwhile and sends it when the connection is back, so the page then says it has caught up.
 */
public class LiveStatus extends Span {

    static final int STALE_MILLIS = 12_000;

    private static final String WATCH = """
            const status = $0;
            let last = Date.now();
            const show = text => { status.textContent = text; status.style.display = ''; };
            new MutationObserver(() => {
              last = Date.now();
              if (status.hasAttribute('data-lost')) {
                status.removeAttribute('data-lost');
                show('Live again: caught up.');
                setTimeout(() => { if (!status.hasAttribute('data-lost')) status.style.display = 'none'; }, 5000);
              }
            }).observe(status, { attributes: true, attributeFilter: ['data-beat'] });
            setInterval(() => {
              if (Date.now() - last > $1 && !status.hasAttribute('data-lost')) {
                status.setAttribute('data-lost', '');
                show('Reconnecting to live updates\\u2026');
              }
            }, 1000);
            """;

    private final Heartbeats heartbeats;
    private @Nullable UI ui;

    public LiveStatus(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
        setId("live-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("display", "none").set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                .set("font-size", "var(--lumo-font-size-s)").set("margin", "0 var(--lumo-space-s)");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ui = event.getUI();
        getElement().executeJs(WATCH, getElement(), STALE_MILLIS);
        heartbeats.add(this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        heartbeats.remove(this);
        ui = null;
        super.onDetach(event);
    }

    /** From the heartbeat thread: the beat goes out with the next push, or when the connection is back. */
    void beat(String at) {
        UI current = ui;
        if (current == null) {
            return;
        }
        try {
            current.access(() -> getElement().setAttribute("data-beat", at));
        } catch (UIDetachedException closing) {
            heartbeats.remove(this);
        }
    }
}
