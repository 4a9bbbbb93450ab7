package org.agijobs.e2e.pages;

import java.util.Set;

/** The portal's views: route, title in the side nav, and the realm roles that may open it (none: everyone). */
public enum PortalView {
    PROFILE("profile", "My profile"),
    GOVERNANCE("governance", "Governance", "OWNER"),
    MY_JOBS("my-jobs", "My jobs", "EMPLOYER"),
    FIND_WORK("find-work", "Find work", "AGENT"),
    CERTIFICATES("certificates", "My certificates", "AGENT"),
    STAKE("stake", "My stake", "AGENT", "VALIDATOR"),
    COMMITTEE("committee", "Committee duty", "VALIDATOR"),
    DISPUTES("disputes", "Disputes", "MODERATOR"),
    PAUSE_SWITCH("pause", "Pause switch", "GUARDIAN", "OWNER"),
    OPERATIONS("operations", "Operations", "OWNER"),
    API_ACCESS("api-access", "API access", "INTEGRATOR");

    private final String route;
    private final String navTitle;
    private final Set<String> roles;

    PortalView(String route, String navTitle, String... roles) {
        this.route = route;
        this.navTitle = navTitle;
        this.roles = Set.of(roles);
    }

    public String route() {
        return route;
    }

    public String navTitle() {
        return navTitle;
    }

    public boolean isOpenTo(String role) {
        return roles.isEmpty() || roles.contains(role);
    }

    /** A view behind a role; every such view has a {@code #view-title} heading. */
    public boolean isRoleView() {
        return !roles.isEmpty();
    }
}
