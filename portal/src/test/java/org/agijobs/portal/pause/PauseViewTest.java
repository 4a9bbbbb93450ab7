package org.agijobs.portal.pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.agijobs.portal.security.CurrentUser;
import org.agijobs.portal.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** What guardians and owners see and may do on the pause panel, with the backend replaced by a mock. */
class PauseViewTest {

    private static final PauseState FULL = new PauseState("FULL", "Escrow bug", "Gary Guardian",
            Instant.parse("2026-12-03T10:00:00Z"));
    private static final PauseState RESUMED = new PauseState("NONE", null, null,
            Instant.parse("2026-12-03T11:00:00Z"));

    private final PauseSwitch pauseSwitch = mock(PauseSwitch.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);

    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void currentUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aGuardianSeesThePauseInForceButNoResumeControls() {
        PauseView view = viewFor(false);
        when(pauseSwitch.state()).thenReturn(FULL);

        view.refresh();

        assertThat(text(view, "pause-state-level")).isEqualTo("FULL");
        assertThat(text(view, "pause-state-since")).isEqualTo("2026-12-03T10:00:00Z");
        assertThat(text(view, "pause-state-by")).isEqualTo("Gary Guardian");
        assertThat(text(view, "pause-state-reason")).isEqualTo("Escrow bug");
        assertThat(byId(view, "resume").isVisible()).isFalse();
        verify(pauseSwitch, never()).openResumeProposals();
    }

    @Test
    void aRefusalAboutTheLevelIsShownAtTheLevelField() {
        PauseView view = viewFor(false);
        when(pauseSwitch.state()).thenReturn(FULL);
        when(pauseSwitch.pause("FULL", "Again")).thenReturn(List.of(new PauseSwitch.UserError(PauseView.LEVEL_FIELD,
                "INVALID_STATE", "The market is already paused at FULL")));
        view.refresh();
        reasonField(view).setValue("  Again ");

        ((Button) byId(view, "pause-submit")).click();

        Select<?> level = (Select<?>) byId(view, "pause-level");
        assertThat(level.isInvalid()).isTrue();
        assertThat(level.getErrorMessage()).isEqualTo("The market is already paused at FULL");
        assertThat(byId(view, "pause-error").isVisible()).isFalse();
    }

    @Test
    void aRefusalOfTheWholeRequestIsShownAboveTheForm() {
        PauseView view = viewFor(false);
        when(pauseSwitch.state()).thenReturn(RESUMED);
        when(pauseSwitch.pause(anyString(), anyString())).thenReturn(List.of(
                new PauseSwitch.UserError(null, "FORBIDDEN", "Only owners and guardians may pause the market")));
        view.refresh();
        reasonField(view).setValue("Test");

        ((Button) byId(view, "pause-submit")).click();

        assertThat(((Paragraph) byId(view, "pause-error")).getText())
                .isEqualTo("Only owners and guardians may pause the market");
        assertThat(reasonField(view).isInvalid()).isFalse();
    }

    @Test
    void anOwnerSeesOpenResumeProposalsWithTheirApprovalsAndApprovesOne() {
        PauseView view = viewFor(true);
        when(pauseSwitch.state()).thenReturn(FULL);
        when(pauseSwitch.openResumeProposals()).thenReturn(List.of(new PauseSwitch.ResumeProposal("UHJvcG9zYWw6MQ==",
                "All clear", "olivia.owner", Instant.parse("2026-12-03T10:30:00Z"), 2, 1,
                List.of(new PauseSwitch.Action(PauseSwitch.RESUME)),
                List.of(new PauseSwitch.Approval("olivia.owner", true)))));
        when(pauseSwitch.approve("UHJvcG9zYWw6MQ==")).thenReturn(List.of());
        view.refresh();

        assertThat(byId(view, "resume").isVisible()).isTrue();
        assertThat(classed(view, "resume-proposal-approvals")).singleElement().extracting(Paragraph::getText)
                .isEqualTo("1 of 2 approvals (olivia.owner)");
        descendants(view).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName("approve-resume")).findFirst().orElseThrow().click();

        verify(pauseSwitch).approve("UHJvcG9zYWw6MQ==");
    }

    @Test
    void aStateOlderThanTheOneShownIsDropped() {
        PauseView view = viewFor(false);

        view.show(RESUMED);
        view.show(FULL);

        assertThat(text(view, "pause-state-level")).isEqualTo("NONE");
    }

    private PauseView viewFor(boolean owner) {
        when(currentUser.hasRole(Roles.OWNER)).thenReturn(owner);
        return new PauseView(pauseSwitch, currentUser);
    }

    private static TextArea reasonField(PauseView view) {
        return (TextArea) byId(view, "pause-reason");
    }

    private static String text(Component root, String id) {
        return ((HasText) byId(root, id)).getText();
    }

    private static Component byId(Component root, String id) {
        return descendants(root).filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id));
    }

    private static List<Paragraph> classed(Component root, String className) {
        return descendants(root).filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(paragraph -> paragraph.hasClassName(className)).toList();
    }

    static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PauseViewTest::descendants));
    }
}
