package org.agijobs.portal.pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The banner says what every user must know while the market is paused, and goes away at the resume. */
class PauseBannerTest {

    private final PauseBanner banner = new PauseBanner(mock(PauseSwitch.class));

    @Test
    void aPauseShowsItsLevelSinceWhoAndWhyAndTheResumeHidesIt() {
        banner.show(new PauseState("FULL", "Escrow bug", "Gary Guardian", Instant.parse("2026-12-03T10:00:00.123Z")));

        assertThat(banner.isVisible()).isTrue();
        assertThat(text()).isEqualTo("The market is paused (FULL) since 2026-12-03T10:00:00Z by Gary Guardian: Escrow bug");

        banner.show(new PauseState("NONE", null, null, Instant.parse("2026-12-03T11:00:00Z")));

        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void aLateReadOfAnOlderStateDoesNotHideANewerPause() {
        banner.show(new PauseState("INTAKE", "Audit", "Gary Guardian", Instant.parse("2026-12-03T10:00:00Z")));

        banner.show(new PauseState("NONE", null, null, Instant.parse("2026-12-03T09:00:00Z")));

        assertThat(banner.isVisible()).isTrue();
        assertThat(text()).contains("(INTAKE)");
    }

    private String text() {
        return PauseViewTest.descendants(banner).filter(component -> component.getId().orElse("")
                .equals("pause-banner-text")).findFirst().orElseThrow().getElement().getText();
    }
}
