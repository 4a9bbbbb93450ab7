package org.agijobs.portal.profile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.Command;

import jakarta.annotation.security.PermitAll;
import reactor.core.Disposable;

/** Who the backend thinks the user is, and the server's clock live over the graphql-ws subscription. */
@Route(value = "profile", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("My profile")
@PermitAll
public class ProfileView extends VerticalLayout {

    private final ProfileService profiles;

    private final Span handle = field("me-handle");
    private final Span displayName = field("me-display-name");
    private final Span agentType = field("me-agent-type");
    private final HorizontalLayout roles = new HorizontalLayout();
    private final Span createdAt = field("me-created-at");
    private final Span serverTime = field("server-time");
    private final ErrorNotice error = new ErrorNotice("backend-error");

    private @Nullable Disposable serverTimeSubscription;

    public ProfileView(ProfileService profiles, Wallet wallet) {
        this.profiles = profiles;
        roles.setId("me-roles");
        roles.setSpacing(false);
        roles.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        add(new ViewTitle("My profile"), error, configureDetails(), new WalletSection(wallet));
    }

    private FormLayout configureDetails() {
        FormLayout details = new FormLayout();
        details.addFormItem(handle, "Handle");
        details.addFormItem(displayName, "Display name");
        details.addFormItem(agentType, "Agent type");
        details.addFormItem(roles, "Roles");
        details.addFormItem(createdAt, "Member since");
        details.addFormItem(serverTime, "Server time (live)");
        serverTime.setText("connecting…");
        return details;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        error.clear();
        loadProfile();
        startServerTime(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopServerTime();
        super.onDetach(event);
    }

    private void loadProfile() {
        try {
            show(profiles.me());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private void show(Viewer viewer) {
        Participant participant = viewer.participant();
        handle.setText(participant.handle());
        displayName.setText(participant.displayName());
        agentType.setText(participant.agentType());
        roles.removeAll();
        viewer.roles().forEach(role -> roles.add(new Badge(role)));
        createdAt.setText(isoSeconds(participant.createdAt().toInstant()));
    }

    private void startServerTime(UI ui) {
        stopServerTime();
        try {
            serverTimeSubscription = profiles.serverTime().subscribe(
                    tick -> update(ui, () -> serverTime.setText(isoSeconds(tick))),
                    failure -> update(ui, () -> {
                        serverTime.setText("not available");
                        error.show(failure instanceof BackendException known
                                ? known.getMessage()
                                : "The server time could not be read.");
                    }));
        } catch (BackendException e) {
            serverTime.setText("not available");
            error.show(e.getMessage());
        }
    }

    private void stopServerTime() {
        if (serverTimeSubscription != null) {
            serverTimeSubscription.dispose();
            serverTimeSubscription = null;
        }
    }

    /** Ticks arrive on a WebSocket thread; the UI may only be touched under its lock, and is pushed at once. */
    private static void update(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException closedMeanwhile) {
            // The view is going away; onDetach ends the subscription.
        }
    }

    /** ISO-8601 in UTC, e.g. 2026-11-23T18:42:07Z: unambiguous for every reader, and what the backend speaks. */
    private static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Span field(String id) {
        Span field = new Span();
        field.setId(id);
        return field;
    }
}
