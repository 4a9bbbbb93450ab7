package org.agijobs.portal.pause;

import org.agijobs.portal.backend.LiveFeed;
import org.agijobs.portal.backend.BackendException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Tells every signed-in user, on every view, that the market is paused: level, since when, by whom and why. It
 * reads the state when attached and follows {@code pauseChanges} from then on, so it appears and disappears
 * without a reload. One per layout instance, because each holds its own subscription.
 */
@SpringComponent
@Scope("prototype")
public class PauseBanner extends Div {

    private final PauseSwitch pauseSwitch;
    private final LiveFeed<PauseState> changes = new LiveFeed<>();
    private final Span text = new Span();

    private @Nullable PauseState shown;

    public PauseBanner(PauseSwitch pauseSwitch) {
        this.pauseSwitch = pauseSwitch;
        setId("pause-banner");
        text.setId("pause-banner-text");
        add(VaadinIcon.PAUSE.create(), text);
        getElement().setAttribute("role", "status");
        getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("flex", "1 1 auto").set("min-width", "0")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-weight", "600");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        shown = null;
        // Subscribed before reading, so no change falls between the two; show() drops whichever arrives stale.
        try {
            changes.start(event.getUI(), pauseSwitch.changes(), this::show, failure -> {
            });
            show(pauseSwitch.state());
        } catch (BackendException e) {
            // The banner is no place for backend trouble: the view shows its own errors.
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        changes.stop();
        super.onDetach(event);
    }

    void show(PauseState state) {
        if (shown != null && state.isOlderThan(shown)) {
            return;
        }
        shown = state;
        text.setText(state.paused() ? state.describe() : "");
        getElement().setAttribute("data-level", state.level());
        setVisible(state.paused());
    }
}
