package org.agijobs.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.agijobs.portal.governance.GovernanceDesk.Approval;
import org.agijobs.portal.governance.GovernanceDesk.Console;
import org.agijobs.portal.governance.GovernanceDesk.Council;
import org.agijobs.portal.governance.GovernanceDesk.Member;
import org.agijobs.portal.governance.GovernanceDesk.Parameter;
import org.agijobs.portal.governance.GovernanceDesk.Payload;
import org.agijobs.portal.governance.GovernanceDesk.Proposal;
import org.agijobs.portal.governance.GovernanceDesk.ProposalConnection;
import org.agijobs.portal.governance.GovernanceDesk.ProposalEdge;
import org.agijobs.portal.governance.GovernanceDesk.UserError;
import org.agijobs.portal.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** The console with the backend replaced by a mock of {@link GovernanceDesk}, at a fixed instant. */
class GovernanceViewTest {

    private static final String ME = "a0000000-0000-4000-8000-000000000001";
    private static final String OTHER = "a0000000-0000-4000-8000-000000000002";
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Parameter FEE_PCT = new Parameter("FEE_PCT", "BASIS_POINTS", "500", "500", "0", "5000",
            "The platform fee on a job's reward.", null);

    private final GovernanceDesk desk = mock(GovernanceDesk.class);
    private GovernanceView view;

    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void view() {
        UI.setCurrent(ui);
        CurrentUser user = mock(CurrentUser.class);
        when(user.subject()).thenReturn(ME);
        view = new GovernanceView(desk, user, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void anotherOwnersQueuedProposalShowsItsApprovalsAndCountdownAndOffersApproveAndCancel() {
        console(proposal("p1", "QUEUED", NOW.plusSeconds(42), OTHER));

        view.refresh();

        assertThat(texts("proposal-approvals")).containsExactly("1 of 2 approvals");
        assertThat(texts("proposal-eta")).containsExactly("executes in 42 s (eta 2026-12-03T12:00:42Z)");
        assertThat(button("approve-proposal").isEnabled()).isTrue();
        assertThat(button("execute-proposal").isEnabled()).isFalse();
        assertThat(button("cancel-proposal").isEnabled()).isTrue();
    }

    @Test
    void aProposalFromTheLiveFeedGoesOnTopAndAnUpdateRedrawsItInPlace() {
        console(proposal("p1", "PENDING", null, OTHER));
        view.refresh();

        view.show(proposal("p2", "PENDING", null, OTHER));
        view.show(proposal("p1", "EXECUTED", NOW.minusSeconds(1), OTHER));

        assertThat(descendants(view).filter(c -> c instanceof ProposalCard).map(c -> ((ProposalCard) c).proposal().id()))
                .containsExactly("p2", "p1");
        assertThat(descendants(view).filter(c -> c instanceof ProposalCard).map(c -> ((ProposalCard) c).proposal().state()))
                .containsExactly("PENDING", "EXECUTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aValueOutOfBoundsIsShownUnderTheValueFieldOfItsAction() {
        console();
        view.refresh();
        button("add-action").click();
        descendants(view).filter(c -> c instanceof ComboBox<?> && c.hasClassName("action-parameter"))
                .map(c -> (ComboBox<Parameter>) c).findFirst().orElseThrow().setValue(FEE_PCT);
        TextField value = textField("action-value");
        value.setValue("6000");
        when(desk.propose(anyString(), anyList())).thenReturn(new Payload(null, List.of(new UserError(
                "input.actions[0].setParameter.value", "INVALID_INPUT", "FEE_PCT must be between 0 and 5000"))));

        descendants(view).filter(c -> c.getId().orElse("").equals("proposal-reason")).findFirst()
                .map(c -> (com.vaadin.flow.component.textfield.TextArea) c).orElseThrow().setValue("Higher fee");
        button("propose").click();

        verify(desk).propose(eq("Higher fee"), eq(List.of(ProposalActions.setParameter("FEE_PCT", "6000"))));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("FEE_PCT must be between 0 and 5000");
        assertThat(descendants(view).filter(c -> c.getId().orElse("").equals("governance-error")).findFirst()
                .orElseThrow().isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownJobOfACancelIsShownUnderTheJobFieldOfItsAction() {
        console();
        view.refresh();
        descendants(view).filter(c -> c.getId().orElse("").equals("action-kind")).findFirst()
                .map(c -> (com.vaadin.flow.component.select.Select<ActionRow.Kind>) c).orElseThrow()
                .setValue(ActionRow.Kind.CANCEL_JOB);
        button("add-action").click();
        TextField job = textField("action-job");
        job.setValue(" Sm9iOjE ");
        descendants(view).filter(c -> c.hasClassName("action-reason")).findFirst()
                .map(c -> (com.vaadin.flow.component.textfield.TextArea) c).orElseThrow().setValue("fraud");
        when(desk.propose(anyString(), anyList())).thenReturn(new Payload(null, List.of(new UserError(
                "input.actions[0].cancelJob.job", "NOT_FOUND", "No job with this id"))));

        button("propose").click();

        verify(desk).propose(eq(""), eq(List.of(ProposalActions.cancelJob("Sm9iOjE", "fraud"))));
        assertThat(job.isInvalid()).isTrue();
        assertThat(job.getErrorMessage()).isEqualTo("No job with this id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpawnWithoutDeadlineIsNotSentAndSaysSoUnderTheDeadline() {
        console();
        view.refresh();
        descendants(view).filter(c -> c.getId().orElse("").equals("action-kind")).findFirst()
                .map(c -> (com.vaadin.flow.component.select.Select<ActionRow.Kind>) c).orElseThrow()
                .setValue(ActionRow.Kind.SPAWN_JOB);
        button("add-action").click();
        textField("action-title").setValue("Audit");
        textField("action-reward").setValue("250");

        button("propose").click();

        verify(desk, org.mockito.Mockito.never()).propose(anyString(), anyList());
        com.vaadin.flow.component.datetimepicker.DateTimePicker deadline = descendants(view)
                .filter(c -> c.hasClassName("action-deadline")).findFirst()
                .map(c -> (com.vaadin.flow.component.datetimepicker.DateTimePicker) c).orElseThrow();
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("Pick the job's deadline");
    }

    private void console(Proposal... proposals) {
        when(desk.console()).thenReturn(new Console(List.of(FEE_PCT),
                new Council(List.of(new Member(ME, "olivia.owner", NOW), new Member(OTHER, "oscar.owner", NOW)),
                        2, "PT1M", "PT1M"),
                "100", List.of(),
                new ProposalConnection(Stream.of(proposals).map(ProposalEdge::new).toList())));
    }

    private static Proposal proposal(String id, String state, Instant eta, String proposer) {
        return new Proposal(id, state, "Raise the fee", proposer, "oscar.owner", false, NOW.minusSeconds(60), eta,
                null, null, 2, 1, List.of(), List.of(new Approval(proposer, "oscar.owner", NOW.minusSeconds(60), true)),
                List.of());
    }

    private List<String> texts(String className) {
        return descendants(view).filter(c -> c instanceof Span && c.hasClassName(className))
                .map(c -> ((Span) c).getText()).toList();
    }

    private Button button(String idOrClass) {
        return descendants(view).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.hasClassName(idOrClass) || b.getId().orElse("").equals(idOrClass))
                .findFirst().orElseThrow();
    }

    private TextField textField(String className) {
        return descendants(view).filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> field.hasClassName(className)).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(GovernanceViewTest::descendants));
    }
}
