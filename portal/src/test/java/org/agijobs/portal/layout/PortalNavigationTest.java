package org.agijobs.portal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PortalNavigationTest {

    private static final Principal SIGNED_IN = () -> "someone";

    static List<Arguments> menus() {
        return List.of(
                Arguments.of(Set.of(), List.of("My profile")),
                Arguments.of(Set.of("owner"), List.of("My profile", "Governance", "Pause switch", "Operations")),
                Arguments.of(Set.of("employer"), List.of("My profile", "My jobs")),
                Arguments.of(Set.of("agent"), List.of("My profile", "Find work", "My certificates", "My stake")),
                Arguments.of(Set.of("validator"), List.of("My profile", "My stake", "Committee duty")),
                Arguments.of(Set.of("moderator"), List.of("My profile", "Disputes")),
                Arguments.of(Set.of("guardian"), List.of("My profile", "Pause switch")),
                Arguments.of(Set.of("integrator"), List.of("My profile", "API access")),
                Arguments.of(Set.of("employer", "agent", "validator"),
                        List.of("My profile", "My jobs", "Find work", "My certificates", "My stake", "Committee duty")));
    }

    @ParameterizedTest(name = "roles {0} see {1}")
    @MethodSource("menus")
    void showsTheViewsTheRolesAllowInMenuOrder(Set<String> roles, List<String> expectedTitles) {
        List<String> titles = PortalNavigation.visibleTo(SIGNED_IN, roles::contains).stream()
                .map(NavigationItem::title)
                .toList();

        assertThat(titles).containsExactlyElementsOf(expectedTitles);
    }

    @Test
    void showsNothingToAnonymousVisitors() {
        assertThat(PortalNavigation.visibleTo(null, role -> true)).isEmpty();
    }

    @Test
    void everyViewInTheMenuDeclaresWhoMayOpenIt() {
        assertThat(PortalNavigation.ITEMS).allSatisfy(item -> assertThat(
                item.view().isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                        || item.view().isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class))
                .as(item.view().getSimpleName()).isTrue());
    }

    @Test
    void givesEachItemAStablePath() {
        assertThat(PortalNavigation.ITEMS).extracting(NavigationItem::path).containsExactly("profile",
                "governance", "my-jobs", "find-work", "certificates", "stake", "committee", "disputes", "pause", "operations", "api-access");
    }
}
