package org.agijobs.portal.layout;

import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;

import org.agijobs.portal.certificates.CertificatesView;
import org.agijobs.portal.committee.CommitteeView;
import org.agijobs.portal.disputes.DisputesView;
import org.agijobs.portal.governance.GovernanceView;
import org.agijobs.portal.integration.ApiAccessView;
import org.agijobs.portal.jobs.MyJobsView;
import org.agijobs.portal.operations.OperationsView;
import org.agijobs.portal.pause.PauseView;
import org.agijobs.portal.profile.ProfileView;
import org.agijobs.portal.staking.StakeView;
import org.agijobs.portal.work.FindWorkView;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * The portal's views in menu order, filtered by the same annotation check Vaadin applies on navigation, so the
 * menu never offers a view that would then be refused.
 */
public final class PortalNavigation {

    static final List<NavigationItem> ITEMS = List.of(
            new NavigationItem(ProfileView.class, VaadinIcon.USER),
            new NavigationItem(GovernanceView.class, VaadinIcon.INSTITUTION),
            new NavigationItem(MyJobsView.class, VaadinIcon.BRIEFCASE),
            new NavigationItem(FindWorkView.class, VaadinIcon.SEARCH),
            new NavigationItem(CertificatesView.class, VaadinIcon.DIPLOMA),
            new NavigationItem(StakeView.class, VaadinIcon.SAFE),
            new NavigationItem(CommitteeView.class, VaadinIcon.CLIPBOARD_CHECK),
            new NavigationItem(DisputesView.class, VaadinIcon.SCALE),
            new NavigationItem(PauseView.class, VaadinIcon.PAUSE),
            new NavigationItem(OperationsView.class, VaadinIcon.CHART),
            new NavigationItem(ApiAccessView.class, VaadinIcon.CONNECT));

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private PortalNavigation() {
    }

    /**
     * @param principal the signed-in user, {@code null} when anonymous
     * @param hasRole   whether the user holds a realm role, by its name without prefix ({@code owner})
     */
    public static List<NavigationItem> visibleTo(@Nullable Principal principal, Predicate<String> hasRole) {
        return ITEMS.stream()
                .filter(item -> ACCESS.hasAccess(item.view(), principal, hasRole::test))
                .toList();
    }
}
