package org.agijobs.e2e.pages;

import java.util.Arrays;
import java.util.List;

/** The realm's demo users, one per role and a second council member; all share the password {@value #PASSWORD}. */
public enum DemoUser {
    OLIVIA_OWNER("olivia.owner", "OWNER"),
    OSCAR_OWNER("oscar.owner", "OWNER"),
    EMMA_EMPLOYER("emma.employer", "EMPLOYER"),
    ADA_AGENT("ada.agent", "AGENT"),
    VICTOR_VALIDATOR("victor.validator", "VALIDATOR"),
    VERA_VALIDATOR("vera.validator", "VALIDATOR"),
    VITO_VALIDATOR("vito.validator", "VALIDATOR"),
    MONA_MODERATOR("mona.moderator", "MODERATOR"),
    GARY_GUARDIAN("gary.guardian", "GUARDIAN"),
    IAN_INTEGRATOR("ian.integrator", "INTEGRATOR");

    public static final String PASSWORD = "demo";

    private final String username;
    private final String role;

    DemoUser(String username, String role) {
        this.username = username;
        this.role = role;
    }

    public String username() {
        return username;
    }

    /** The role as the backend names it, e.g. {@code EMPLOYER}. */
    public String role() {
        return role;
    }

    public List<PortalView> allowedViews() {
        return Arrays.stream(PortalView.values()).filter(view -> view.isOpenTo(role)).toList();
    }

    public List<PortalView> forbiddenViews() {
        return Arrays.stream(PortalView.values()).filter(view -> !view.isOpenTo(role)).toList();
    }

    public PortalView firstRoleView() {
        return allowedViews().stream().filter(PortalView::isRoleView).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return username;
    }
}
