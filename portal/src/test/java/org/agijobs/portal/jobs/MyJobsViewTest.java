package org.agijobs.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;

/** The employer's desk with the backend replaced by a mock of {@link EmployerJobs}. */
class MyJobsViewTest {

    private static final String ME = "UGFydGljaXBhbnQ6bWU=";

    private final EmployerJobs employerJobs = mock(EmployerJobs.class);
    private final MyJobsView view = new MyJobsView(employerJobs);

    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void signedInEmployer() {
        UI.setCurrent(ui);
        when(employerJobs.terms()).thenReturn(new EmployerJobs.TermsStatus(1,
                new EmployerJobs.Me(new EmployerJobs.ParticipantRef(ME, 1))));
        when(employerJobs.countsOf(ME)).thenReturn(List.of(new EmployerJobs.StateCount("CREATED", 120),
                new EmployerJobs.StateCount("ASSIGNED", 3), new EmployerJobs.StateCount("FINALIZED", 0)));
        when(employerJobs.jobsOf(eq(ME), any(), any(), anyInt())).thenAnswer(call -> page(call.getArgument(2),
                call.getArgument(3), 123));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theFiguresCountEveryStateThatHasJobsAndTheGridReachesThe123rdJob() {
        view.refresh();

        assertThat(buttons("job-state-count")).extracting(Button::getText)
                .containsExactly("All 123", "CREATED 120", "ASSIGNED 3");
        List<EmployerJobs.JobRow> lastRows = grid().getDataProvider()
                .fetch(new Query<>(100, 50, List.of(), null, null)).toList();
        assertThat(lastRows).extracting(EmployerJobs.JobRow::title).hasSize(23).endsWith("Job 122");
    }

    @Test
    void aStateFigureFiltersTheList() {
        view.refresh();
        when(employerJobs.jobsOf(eq(ME), eq("ASSIGNED"), isNull(), anyInt())).thenReturn(
                new CursorPager.Page<>(List.of(row(7, "ASSIGNED")), List.of("c7"), false));

        buttons("job-state-count").stream().filter(button -> button.getText().startsWith("ASSIGNED")).findFirst()
                .orElseThrow().click();

        assertThat(grid().getDataProvider().fetch(new Query<>(0, 50, List.of(), null, null)).toList())
                .extracting(EmployerJobs.JobRow::state).containsExactly("ASSIGNED");
    }

    @Test
    void theRewardIsPricedByTheBackendAsItIsTyped() {
        when(employerJobs.quote("200")).thenReturn(new EmployerJobs.Quote("200", 700, "14", "214"));

        field("job-reward").setValue("200");

        assertThat(paragraph("job-quote").getText()).isEqualTo("Escrow 214 = reward 200 + fee 14 (7%)");
        assertThat(field("job-reward").isInvalid()).isFalse();
    }

    @Test
    void aRewardTheBackendRefusesIsMarkedAtTheField() {
        when(employerJobs.quote("0")).thenThrow(new BackendException("The reward must be greater than 0"));

        field("job-reward").setValue("0");

        assertThat(field("job-reward").isInvalid()).isTrue();
        assertThat(field("job-reward").getErrorMessage()).isEqualTo("The reward must be greater than 0");
        assertThat(paragraph("job-quote").getText()).isEmpty();
    }

    @Test
    void aRefusedPostShowsEachReasonUnderItsField() {
        view.refresh();
        field("job-title").setValue("Too precise");
        when(employerJobs.post(any(), any())).thenReturn(List.of(
                new EmployerJobs.UserError("input.reward", "INVALID_INPUT", "At most 18 decimals"),
                new EmployerJobs.UserError("input.parent", "NOT_FOUND", "No job with this id")));

        view.postJob(UUID.randomUUID());

        assertThat(field("job-reward").getErrorMessage()).isEqualTo("At most 18 decimals");
        assertThat(field("job-reward").isInvalid()).isTrue();
        assertThat(field("job-parent").isInvalid()).isTrue();
        assertThat(paragraph("jobs-error").getText()).contains("At most 18 decimals", "No job with this id");
        assertThat(field("job-title").getValue()).as("nothing typed is lost").isEqualTo("Too precise");
    }

    private static CursorPager.Page<EmployerJobs.JobRow> page(String after, int first, int total) {
        int from = after == null ? 0 : Integer.parseInt(after.substring(1)) + 1;
        int to = Math.min(total, from + Math.min(first, 100));
        List<Integer> indexes = IntStream.range(from, to).boxed().toList();
        return new CursorPager.Page<>(indexes.stream().map(index -> row(index, "CREATED")).toList(),
                indexes.stream().map(index -> "c" + index).toList(), to < total);
    }

    private static EmployerJobs.JobRow row(int index, String state) {
        return new EmployerJobs.JobRow("job-" + index, "Job " + index, state, "10", "0.5",
                Instant.parse("2026-12-24T10:00:00Z"), null);
    }

    @SuppressWarnings("unchecked")
    private Grid<EmployerJobs.JobRow> grid() {
        return (Grid<EmployerJobs.JobRow>) byId("my-jobs-grid");
    }

    private TextField field(String id) {
        return (TextField) byId(id);
    }

    private Paragraph paragraph(String id) {
        return (Paragraph) byId(id);
    }

    private List<Button> buttons(String className) {
        return descendants(view).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).toList();
    }

    private Component byId(String id) {
        return descendants(view).filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id));
    }

    static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(MyJobsViewTest::descendants));
    }
}
