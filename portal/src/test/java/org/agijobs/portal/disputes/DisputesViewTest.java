package org.agijobs.portal.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;

/** The moderation queue as a moderator sees and uses it, with the backend replaced by a mock. */
class DisputesViewTest {

    private static final DisputeQueue.Dispute RAISED = new DisputeQueue.Dispute(
            new DisputeQueue.JobRef("job-1", "Translate the guide", "DISPUTED"), "RAISED",
            Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"),
            new DisputeQueue.ParticipantRef("emma.employer"), "Half of it is missing.",
            List.of(new DisputeQueue.Evidence(new DisputeQueue.ParticipantRef("emma.employer"), "EMPLOYER",
                    "https://example.org/e.pdf", "cd".repeat(32), null, Instant.parse("2026-11-24T10:00:00Z"))));

    private final DisputeQueue queue = mock(DisputeQueue.class);
    private final DisputesView view = new DisputesView(queue);

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
    void showsEachOpenDisputeWithItsEvidence() {
        when(queue.open()).thenReturn(List.of(RAISED));

        view.refresh();

        assertThat(the(Paragraph.class, "dispute-facts").getText())
                .isEqualTo("RAISED · opened 2026-11-24T10:00:00Z · owners may rule from 2026-12-01T10:00:00Z");
        assertThat(the(Paragraph.class, "dispute-reason").getText())
                .isEqualTo("Raised by emma.employer: Half of it is missing.");
        @SuppressWarnings("unchecked")
        Grid<DisputeQueue.Evidence> evidence = the(Grid.class, "dispute-evidence");
        assertThat(evidence.getDataProvider().fetch(new Query<>()).toList()).containsExactlyElementsOf(RAISED.evidence());
        assertThat(byId("no-disputes").isVisible()).isFalse();
    }

    @Test
    void anEmptyQueueSaysSo() {
        when(queue.open()).thenReturn(List.of());

        view.refresh();

        assertThat(byId("no-disputes").isVisible()).isTrue();
    }

    @Test
    void aRulingWithoutAWrittenReasonIsNotSent() {
        when(queue.open()).thenReturn(List.of(RAISED));
        view.refresh();

        the(Button.class, "agent-wins").click();

        verify(queue, never()).resolve(any(), any(), any(), any());
        assertThat(the(TextArea.class, "ruling-reason").isInvalid()).isTrue();
    }

    @Test
    void aRulingIsSentWithItsReasonAndTheSettledDisputeLeavesTheQueue() {
        when(queue.open()).thenReturn(List.of(RAISED), List.of());
        when(queue.resolve(any(), any(), any(), any())).thenReturn(List.of());
        view.refresh();

        the(TextArea.class, "ruling-reason").setValue("  Delivered as specified.  ");
        the(Button.class, "employer-wins").click();

        verify(queue).resolve(eq("job-1"), eq(DisputeQueue.Ruling.EMPLOYER_WINS), eq("Delivered as specified."),
                any());
        assertThat(byId("no-disputes").isVisible()).isTrue();
        assertThat(descendants(view).filter(c -> c.hasClassName("open-dispute"))).isEmpty();
    }

    @Test
    void aRefusedRulingShowsTheBackendsReason() {
        when(queue.open()).thenReturn(List.of(RAISED));
        when(queue.resolve(any(), any(), any(), any())).thenReturn(List.of(
                new DisputeQueue.UserError(null, "INVALID_STATE", "The dispute is already resolved.")));
        view.refresh();

        the(TextArea.class, "ruling-reason").setValue("Delivered.");
        the(Button.class, "agent-wins").click();

        assertThat(byId("disputes-error").isVisible()).isTrue();
        assertThat(((Paragraph) byId("disputes-error")).getText()).isEqualTo("The dispute is already resolved.");
    }

    private <T extends Component> T the(Class<T> type, String className) {
        List<T> found = descendants(view).filter(type::isInstance).map(type::cast)
                .filter(component -> component.hasClassName(className)).toList();
        assertThat(found).as("components of class %s", className).hasSize(1);
        return found.getFirst();
    }

    private Component byId(String id) {
        return descendants(view).filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DisputesViewTest::descendants));
    }
}
